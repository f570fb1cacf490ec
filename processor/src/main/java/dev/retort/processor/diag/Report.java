package dev.retort.processor.diag;

import dev.retort.processor.model.Site;

/**
 * One diagnostic, as data: printed once at the end of a round.
 *
 * @param kind error or warning
 * @param message the catalogue entry
 * @param site where it applies
 * @param text the formatted text
 */
public record Report(Kind kind, Message message, Site site, String text) {

    /** Severity. */
    public enum Kind { ERROR, WARNING }
}
