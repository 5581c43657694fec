// Adding a missed claim: the analyst selects words in the article text; the form gets the
// selection's character offsets (in code points, as Python counts them) and shows the words.
(function () {
  "use strict";
  var text = document.getElementById("article-text");
  var form = document.getElementById("add-claim");
  if (!text || !form) { return; }
  function codePoints(s) { return Array.from(s).length; }
  document.addEventListener("selectionchange", function () {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return; }
    var range = sel.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) { return; }
    var before = document.createRange();
    before.selectNodeContents(text);
    before.setEnd(range.startContainer, range.startOffset);
    var start = codePoints(before.toString());
    var end = start + codePoints(range.toString());
    form.elements.start.value = start;
    form.elements.end.value = end;
    document.getElementById("selected-span").textContent = range.toString();
  });
})();
