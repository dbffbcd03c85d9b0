// Quoting a draft with the keyboard: the words selected in the read-only text (Shift+arrows, or a mouse) go into
// the quote field, the passage follows the selection, and a live region says what happened. Without this script
// the button stays hidden and the words are typed or pasted into the quote field.
(function () {
  'use strict';

  function ranges(picker) {
    return (picker.getAttribute('data-ranges') || '').split(';').filter(Boolean).map(function (range) {
      var parts = range.split(':');
      return { key: parts[0], start: Number(parts[1]), end: Number(parts[2]) };
    });
  }

  function say(status, words) {
    // emptied first, so that saying the same words twice is announced twice
    status.textContent = '';
    window.setTimeout(function () { status.textContent = words; }, 50);
  }

  function quote(picker) {
    var source = picker.querySelector('textarea');
    var status = picker.querySelector('[data-quote-status]');
    var field = document.getElementById(picker.getAttribute('data-quote-field'));
    var passage = document.getElementById(picker.getAttribute('data-passage-field'));
    var start = source.selectionStart;
    var end = source.selectionEnd;
    var words = source.value.substring(start, end).replace(/\s+/g, ' ').trim();
    if (!words || !field) {
      say(status, picker.getAttribute('data-said-empty'));
      source.focus();
      return;
    }
    field.value = words;
    var said = picker.getAttribute('data-said-quoted');
    if (passage && passage.value === picker.getAttribute('data-whole')) {
      var within = ranges(picker).filter(function (r) { return start >= r.start && end <= r.end; })[0];
      if (within && within.key !== passage.value) {
        passage.value = within.key;
        said += ' ' + picker.getAttribute('data-said-passage');
      }
    }
    field.focus();
    say(status, said);
  }

  document.querySelectorAll('[data-quote-picker]').forEach(function (picker) {
    var button = picker.querySelector('[data-quote-button]');
    if (!button) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () { quote(picker); });
  });
}());
