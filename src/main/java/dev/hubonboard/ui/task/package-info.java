/**
 * Background work for the screens: a task captures its inputs on the JavaFX thread, runs on an executor, and calls
 * back on the JavaFX thread; a runner per screen keeps busy, the words for what runs, and Stop. Touches no other ui
 * room.
 */
package dev.hubonboard.ui.task;
