// Quoting a draft with the keyboard: the words selected in a copy of the text (Shift+arrows, or a mouse) go into the
// quote field, the passage follows the selection, and a live region says what happened. The copy is an ordinary
// text area without a name (never sent): Chromium moves no caret in a read-only one, so Shift+arrows could not
// select there. One may also delete everything but the words and press the button. Without this script the button
// stays hidden and the words are typed or pasted into the quote field.
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
    var edited = source.value !== source.defaultValue;
    var chosen = source.selectionStart < source.selectionEnd
        ? source.value.substring(source.selectionStart, source.selectionEnd) : (edited ? source.value : '');
    var words = chosen.replace(/\s+/g, ' ').trim();
    // where the words are in the text as the page gave it, whatever was deleted around them
    var start = source.defaultValue.indexOf(chosen.trim());
    var end = start + chosen.trim().length;
    if (!words || !field) {
      say(status, picker.getAttribute('data-said-empty'));
      source.focus();
      return;
    }
    field.value = words;
    var said = picker.getAttribute('data-said-quoted');
    if (passage && passage.value === picker.getAttribute('data-whole')) {
      var within = start < 0 ? null
          : ranges(picker).filter(function (r) { return start >= r.start && end <= r.end; })[0];
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
