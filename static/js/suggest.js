// Type-ahead for the search boxes (input[data-suggest]): partner and project names from the
// data-suggest URL (/paieska/pasiulymai/) in a list under the field, as the WAI-ARIA APG's
// editable combobox with list autocomplete (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/).
// The server has already matched the words in any form, so every name it sends is shown (a
// <datalist> would hide those that do not contain the typed text). Down and Up move through the
// names (round from the last to the first), Enter puts the chosen one in the field (Enter again
// submits), Escape closes the list and a second Escape clears the field, Tab leaves; a click
// chooses. The server's sentence saying how many names there are (in the page's language, with
// its plural forms) goes to a polite status region. Styled by classes and the hidden attribute
// only (the CSP allows no inline style). Without JavaScript the boxes are plain search fields.
(function () {
  "use strict";

  var DELAY_MS = 200;
  var MIN_LETTERS = 2;

  function attach(input) {
    var wrapper = document.createElement("div");
    var list = document.createElement("ul");
    var status = document.createElement("div");
    var label = document.querySelector('label[for="' + input.id + '"]');
    var hadFocus = document.activeElement === input;
    var suggestions = [];
    var active = -1;
    var timer = null;
    var latest = 0; // the number of the newest request: answers to older ones are dropped
    var pending = null;

    wrapper.className = "suggest";
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);
    list.id = input.id + "-pasiulymai";
    list.className = "suggest__list";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    if (label) {
      label.id = label.id || input.id + "-label";
      list.setAttribute("aria-labelledby", label.id);
    }
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    wrapper.appendChild(list);
    wrapper.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    if (hadFocus) {
      input.focus();
    }

    function options() {
      return list.querySelectorAll("[role=option]");
    }

    function setActive(index) {
      active = index;
      options().forEach(function (option, number) {
        option.setAttribute("aria-selected", number === index ? "true" : "false");
        option.classList.toggle("is-active", number === index);
      });
      if (index < 0) {
        input.removeAttribute("aria-activedescendant");
      } else {
        var option = options()[index];
        input.setAttribute("aria-activedescendant", option.id);
        option.scrollIntoView({ block: "nearest" });
      }
    }

    function open() {
      if (suggestions.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
    }

    function close() {
      setActive(-1);
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
    }

    function show(found) {
      suggestions = found;
      var items = found.map(function (suggestion, number) {
        var option = document.createElement("li");
        var name = document.createElement("span");
        var kind = document.createElement("span");
        option.id = list.id + "-" + number;
        option.className = "suggest__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        name.textContent = suggestion.name;
        if (suggestion.lang) {
          name.lang = suggestion.lang;
        }
        kind.className = "suggest__kind";
        kind.textContent = " (" + suggestion.kind + ")";
        option.append(name, kind);
        return option;
      });
      list.replaceChildren.apply(list, items);
      active = -1;
      input.removeAttribute("aria-activedescendant");
      if (found.length && document.activeElement === input) {
        open();
      } else {
        close();
      }
    }

    function choose(index) {
      input.value = suggestions[index].name;
      show([]);
      status.textContent = "";
      input.focus();
    }

    function forget() {
      window.clearTimeout(timer);
      latest += 1;
      if (pending) {
        pending.abort();
        pending = null;
      }
    }

    function ask() {
      var text = input.value.trim();
      forget();
      if (text.length < MIN_LETTERS) {
        show([]);
        status.textContent = "";
        return;
      }
      var number = latest;
      var request = new AbortController();
      pending = request;
      fetch(input.dataset.suggest + "?q=" + encodeURIComponent(text), {
        headers: { Accept: "application/json" },
        signal: request.signal,
      })
        .then(function (response) {
          return response.ok ? response.json() : { suggestions: [], status: "" };
        })
        .then(function (data) {
          // Typing went on while this one travelled: a newer answer is on its way.
          if (number !== latest || input.value.trim() !== text) {
            return;
          }
          pending = null;
          show(data.suggestions || []);
          status.textContent = data.status || "";
        })
        .catch(function () {
          // Aborted by newer typing, or offline: the box stays a plain search field.
        });
    }

    input.addEventListener("input", function () {
      setActive(-1);
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) {
        return;
      }
      var count = suggestions.length;
      switch (event.key) {
        case "ArrowDown":
        case "ArrowUp":
          if (!count) {
            return;
          }
          event.preventDefault();
          var step = event.key === "ArrowDown" ? 1 : -1;
          if (list.hidden || active < 0) {
            open();
            setActive(step > 0 ? 0 : count - 1);
          } else {
            setActive((active + step + count) % count);
          }
          return;
        case "Enter":
          if (!list.hidden && active >= 0) {
            event.preventDefault();
            choose(active);
          }
          return;
        case "Escape":
          if (!list.hidden) {
            event.preventDefault();
            close();
          } else if (input.value) {
            event.preventDefault();
            forget();
            input.value = "";
            show([]);
            status.textContent = "";
          }
          return;
        case "Tab":
          close();
          return;
        case "ArrowLeft":
        case "ArrowRight":
        case "Home":
        case "End":
          // Back to editing the text, as in the APG's example.
          setActive(-1);
          return;
        default:
          return;
      }
    });

    input.addEventListener("blur", close);

    // Keep the focus in the field while a name is clicked, so the list is still there to click.
    list.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });
    list.addEventListener("click", function (event) {
      var option = event.target.closest("[role=option]");
      if (option) {
        choose(Array.prototype.indexOf.call(options(), option));
      }
    });
  }

  document.querySelectorAll("input[data-suggest][id]").forEach(attach);
})();
