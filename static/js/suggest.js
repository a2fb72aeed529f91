// Type-ahead for the search boxes (input[data-suggest]): partner and project names from
// /paieska/pasiulymai/ fill a <datalist>, so the browser's own suggestion list, which works by
// keyboard and screen reader, offers them. Without JavaScript the boxes are plain search fields.
(function () {
  "use strict";

  var DELAY_MS = 200;
  var MIN_LETTERS = 2;

  function attach(input) {
    var list = document.createElement("datalist");
    var timer = null;
    var asked = "";
    var pending = null;
    list.id = input.id + "-pasiulymai";
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("list", list.id);

    function show(suggestions) {
      var options = suggestions.map(function (suggestion) {
        var option = document.createElement("option");
        option.value = suggestion.name;
        option.label = suggestion.name + " (" + suggestion.kind + ")";
        return option;
      });
      list.replaceChildren.apply(list, options);
    }

    function ask() {
      var text = input.value.trim();
      if (text === asked) {
        return;
      }
      asked = text;
      if (pending) {
        pending.abort();
      }
      if (text.length < MIN_LETTERS) {
        show([]);
        return;
      }
      pending = new AbortController();
      fetch(input.dataset.suggest + "?q=" + encodeURIComponent(text), {
        headers: { Accept: "application/json" },
        signal: pending.signal,
      })
        .then(function (response) {
          return response.ok ? response.json() : { suggestions: [] };
        })
        .then(function (data) {
          show(data.suggestions || []);
        })
        .catch(function () {
          // Aborted by newer typing, or offline: the box stays a plain search field.
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, DELAY_MS);
    });
  }

  document.querySelectorAll("input[data-suggest][id]").forEach(attach);
})();
