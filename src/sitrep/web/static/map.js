// The events map: country outlines (always, offline), optional tiles, one circle per event sized
// by best killed and red when contested. Data comes from a JSON script element; popups are
// built with textContent, so no text from articles is ever parsed as HTML.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || typeof L === "undefined") { return; }
  var data = JSON.parse(document.getElementById("map-data").textContent);
  var map = L.map(el, {worldCopyJump: true, preferCanvas: true, attributionControl: false});
  var bounds = data.points.map(function (p) { return [p.lat, p.lon]; });
  // the view first: vector layers need one before they can be drawn
  if (bounds.length) { map.fitBounds(bounds, {padding: [24, 24], maxZoom: 8}); } else { map.setView([33, 38], 5); }
  var outlinePane = map.createPane("outlines");
  outlinePane.style.zIndex = 350;
  function drawOutlines(topo) {
    var land = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(land, {pane: "outlines", interactive: false,
      style: {color: "#8a8a8a", weight: 0.7, fillColor: "#f3f0e8", fillOpacity: 1}}).addTo(map);
  }
  var inline = document.getElementById("map-outlines");
  if (inline) { drawOutlines(JSON.parse(inline.textContent)); }
  else if (el.dataset.outlines) { fetch(el.dataset.outlines).then(function (r) { return r.json(); }).then(drawOutlines); }
  if (el.dataset.tiles) { L.tileLayer(el.dataset.tiles, {maxZoom: 18}).addTo(map); }
  data.points.forEach(function (p) {
    var radius = Math.min(30, 4 + 1.6 * Math.sqrt(Math.max(0, p.killed_best || 0)));
    var marker = L.circleMarker([p.lat, p.lon], {radius: radius, weight: 1,
      color: p.contested ? "#a61b1b" : "#1f5f99", fillColor: p.contested ? "#e0473c" : "#3b82c4", fillOpacity: 0.6});
    var link = document.createElement("a");
    link.href = data.base + p.event_id;
    link.textContent = "#" + p.event_id + " " + (p.place || "") + " · " + (p.event_type || "") + " · " +
      (p.killed_best === null || p.killed_best === undefined ? "?" : p.killed_best) + " killed" +
      (p.contested ? " · contested" : "");
    marker.bindPopup(link);
    marker.addTo(map);
  });
})();
