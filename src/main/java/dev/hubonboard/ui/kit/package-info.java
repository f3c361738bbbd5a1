/**
 * What every screen is built from: labelled fields ({@code Forms}), the copy button and the clipboard that forgets
 * secrets, the stylesheet ({@code Styles}) and the one tone type ({@code Tone}, where the domain's levels become a look), the one policy from error to words ({@code Messages}), dates,
 * links, timers ({@code Later}) and the base of every screen's model. Touches task and the layers below, never a
 * screen and never the app.
 */
package dev.hubonboard.ui.kit;
