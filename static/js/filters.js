// A listing's filters (details.filters[data-open-wide]) open by themselves on a wide screen, where
// they fit beside the results; on a phone they stay one tap away, so the results come first.
// Without JavaScript the disclosure still works, and the CSS shows its content on a wide screen.
(function () {
  "use strict";

  var WIDE = window.matchMedia("(min-width: 48rem)");
  document.querySelectorAll("details.filters[data-open-wide]").forEach(function (details) {
    if (WIDE.matches) {
      details.open = true;
    }
    details.setAttribute("data-ready", ""); // from here on the summary alone opens and closes it
  });
})();
