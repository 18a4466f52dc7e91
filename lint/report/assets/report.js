/* wirelint report: sortable overview, finding tooltips on hover and keyboard focus, print preparation.
   The page works without it (all content is in the HTML); this only adds interaction. */
(function () {
  "use strict";
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  document.documentElement.classList.add("js");

  /* Sortable tables: numbers sort high-to-low first, text A-to-Z first. */
  each(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.tHead.rows[0].cells;
    each(heads, function (th, col) {
      var button = th.querySelector("button.sort");
      if (!button) { return; }
      button.addEventListener("click", function () {
        var numeric = th.getAttribute("data-kind") === "num";
        var current = th.getAttribute("aria-sort");
        var ascending = current ? current === "descending" : !numeric;
        each(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].getAttribute("data-v") || "";
          var y = b.cells[col].getAttribute("data-v") || "";
          var d = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
          return ascending ? d : -d;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  /* Tooltips: a finding's entry from the file's list, shown beside its highlight. */
  var tip = document.getElementById("tip");
  var shown = null;
  var hideTimer = 0;

  function anchorOf(el) {
    var mark = el && el.closest ? el.closest("mark.hl, mark.hl-cont") : null;
    if (!mark) { return null; }
    return mark.classList.contains("hl") ? mark : document.getElementById(mark.getAttribute("data-of"));
  }
  function pieces(anchor) {
    return [anchor].concat(Array.prototype.slice.call(
      document.querySelectorAll('mark.hl-cont[data-of="' + anchor.id + '"]')));
  }
  function hide() {
    clearTimeout(hideTimer);
    tip.hidden = true;
    if (shown) { each(pieces(shown), function (m) { m.classList.remove("on"); }); }
    shown = null;
  }
  function show(anchor, near) {
    clearTimeout(hideTimer);
    if (shown === anchor) { return; }
    hide();
    var source = document.getElementById(anchor.getAttribute("aria-describedby"));
    if (!source) { return; }
    tip.innerHTML = source.innerHTML; /* our own markup, escaped when the page was written */
    tip.className = "tip " + source.className;
    tip.hidden = false;
    var r = near.getBoundingClientRect();
    var width = Math.min(tip.offsetWidth, document.documentElement.clientWidth - 16);
    var left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - width - 8));
    var top = r.bottom + 8;
    if (top + tip.offsetHeight > window.innerHeight && r.top - tip.offsetHeight - 8 > 0) {
      top = r.top - tip.offsetHeight - 8;
    }
    tip.style.left = (left + window.scrollX) + "px";
    tip.style.top = (top + window.scrollY) + "px";
    each(pieces(anchor), function (m) { m.classList.add("on"); });
    shown = anchor;
  }
  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 300);
  }

  document.addEventListener("mouseover", function (e) {
    var anchor = anchorOf(e.target);
    if (anchor) { show(anchor, e.target.closest("mark")); }
    else if (tip.contains(e.target)) { clearTimeout(hideTimer); }
  });
  document.addEventListener("mouseout", function (e) {
    if (anchorOf(e.target) || tip.contains(e.target)) { hideSoon(); }
  });
  document.addEventListener("focusin", function (e) {
    var t = e.target;
    if (t.matches && t.matches("mark.hl")) { show(t, t); }
    else if (!tip.contains(t)) { hide(); }
  });
  document.addEventListener("focusout", function (e) {
    if (e.target.matches && e.target.matches("mark.hl")) { hideSoon(); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { hide(); return; }
    var t = e.target;
    if (e.key === "Enter" && t.matches && t.matches("mark.hl")) {
      var code = t.getAttribute("data-code");
      var doc = code && document.getElementById("rule-" + code.replace(/[^A-Za-z0-9_-]+/g, "-"));
      if (doc) { e.preventDefault(); location.hash = doc.id; doc.focus(); }
    }
  });

  /* Print every finding list, not just the open ones. */
  var opened = [];
  window.addEventListener("beforeprint", function () {
    hide();
    each(document.querySelectorAll("details:not([open])"), function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
