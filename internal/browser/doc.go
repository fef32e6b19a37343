// Package browser drives a headless Chromium through the Chrome DevTools
// Protocol over a pipe (--remote-debugging-pipe), with no dependency
// beyond the standard library. It is for tests: a test opens a page,
// collects the console errors and uncaught exceptions the page raises,
// checks that its links resolve, and takes screenshots and PDFs.
//
// [Launch] starts the browser with file descriptors 3 (commands) and 4
// (replies and events); every message is a JSON object terminated by a
// NUL byte. [Browser.NewPage] opens a tab and attaches to it in flat
// session mode; [Page] methods send commands in that session. Every call
// takes a context and has a default timeout ([Options].CallTimeout), and
// [Browser.Close] asks the browser to close, kills it when it does not
// exit in time, and removes the temporary profile.
//
// [Conn] is the protocol client on its own, over any reader and writer,
// so that it can be tested without a browser.
package browser
