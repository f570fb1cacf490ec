package dev.retort.processor;

import dev.retort.processor.diag.Report;
import dev.retort.processor.parse.Sites;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/** Prints collected reports on their elements, annotations and values. */
final class Reporter {
    private final Messager messager;
    private final Sites sites;

    Reporter(Messager messager, Sites sites) {
        this.messager = messager;
        this.sites = sites;
    }

    void print(List<Report> reports) {
        for (Report r : reports) {
            Diagnostic.Kind kind = r.kind() == Report.Kind.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
            Sites.Position p = sites.find(r.site());
            if (p == null) {
                messager.printMessage(kind, r.text());
            } else if (p.value() != null) {
                messager.printMessage(kind, r.text(), p.element(), p.annotation(), p.value());
            } else if (p.annotation() != null) {
                messager.printMessage(kind, r.text(), p.element(), p.annotation());
            } else {
                messager.printMessage(kind, r.text(), p.element());
            }
        }
    }
}
