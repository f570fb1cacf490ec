package dev.retort.processor;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.derby.DerbyDialect;
import dev.retort.processor.diag.Diagnostics;
import dev.retort.processor.diag.Message;
import dev.retort.processor.model.DdlStatement;
import dev.retort.processor.model.EntityPlan;
import dev.retort.processor.model.SchemaPlan;
import dev.retort.processor.parse.Sites;
import dev.retort.processor.validate.QueryVerifier;
import dev.retort.processor.validate.SchemaValidator;
import dev.retort.processor.write.BaseWriter;
import dev.retort.processor.write.DdlWriter;
import dev.retort.processor.write.MetamodelWriter;
import dev.retort.sql.Table;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Writes what one base's plan calls for, when none of its entities has an error: each entity's
 * {@code User_}, the {@code Base_} and the DDL resources. Verifies named queries first (which may
 * find errors). Every file names the source elements it came from.
 */
final class Emitter {
    private final Filer filer;
    private final Sites sites;
    private final Diagnostics diag;
    private final boolean verifyQueries;
    private final boolean generatedAnnotation;

    Emitter(Filer filer, Sites sites, Diagnostics diag, boolean verifyQueries, boolean generatedAnnotation) {
        this.filer = filer;
        this.sites = sites;
        this.diag = diag;
        this.verifyQueries = verifyQueries;
        this.generatedAnnotation = generatedAnnotation;
    }

    /**
     * Writes the plan's files unless the base has an error; returns whether they were written.
     * Only the entities declared by {@code fromSource} (this round's sources) get a metamodel; the
     * others were compiled earlier and keep theirs, but all are in {@code Base_}, which lists them
     * for the next partial compilation.
     */
    boolean emit(SchemaPlan plan, Set<String> fromSource) throws IOException, SQLException {
        if (!SchemaValidator.isClean(plan, diag)) {
            return false;
        }
        List<Table> tables = DdlWriter.tables(plan);
        if (verifyQueries && hasQueries(plan, fromSource)) {
            List<DdlStatement> statements = new ArrayList<>();
            for (Table t : tables) {
                try {
                    statements.addAll(DdlWriter.statements(t, DerbyDialect.INSTANCE));
                } catch (RuntimeException e) {
                    reportSchema(plan, t, e);
                }
            }
            if (SchemaValidator.isClean(plan, diag)) {
                plan = new QueryVerifier(diag).verify(plan, statements);
            }
        }
        if (!SchemaValidator.isClean(plan, diag)) {
            return false;
        }
        for (EntityPlan p : plan.entities()) {
            if (!fromSource.contains(p.entity().site().type())) {
                continue;
            }
            Element origin = sites.typeElement(p.entity().site());
            writeSource(p.entity().generated().canonicalName(),
                    MetamodelWriter.write(p, plan.base().generated(), generatedAnnotation), origin);
        }
        List<Element> origins = new ArrayList<>();
        origins.add(sites.typeElement(plan.base().site()));
        for (EntityPlan p : plan.entities()) {
            origins.add(sites.typeElement(p.entity().site()));
        }
        Element[] originArray = origins.stream().filter(o -> o != null).toArray(Element[]::new);
        writeSource(plan.base().generated().canonicalName(), BaseWriter.write(plan, generatedAnnotation), originArray);
        for (Dialect dialect : Dialects.all()) {
            String text;
            try {
                text = DdlWriter.text(DdlWriter.statements(tables, dialect));
            } catch (RuntimeException e) {
                diag.warning(plan.base().site(), Message.DDL_UNSUPPORTED, plan.base().type().simpleName(),
                        dialect.name(), e.getMessage(), plan.base().type().canonicalName(), dialect.name(),
                        dialect.name());
                continue;
            }
            writeResource(DdlWriter.resourceName(plan, dialect), text, originArray);
        }
        return true;
    }

    /** Whether an entity compiled now has a named query (only those are verified again). */
    private static boolean hasQueries(SchemaPlan plan, Set<String> fromSource) {
        for (EntityPlan p : plan.entities()) {
            if (!p.entity().queries().isEmpty() && fromSource.contains(p.entity().site().type())) {
                return true;
            }
        }
        return false;
    }

    private void reportSchema(SchemaPlan plan, Table t, RuntimeException e) {
        for (EntityPlan p : plan.entities()) {
            if (p.entity().tableFullName().equals(t.fullName())) {
                diag.error(p.entity().site().annotation("Table"), Message.SCHEMA_INVALID, t.fullName(),
                        QueryVerifier.sentence(e.getMessage()), p.entity().displayName(), "CREATE TABLE " + t.fullName());
            }
        }
    }

    private void writeSource(String name, CharSequence text, Element... origins) throws IOException {
        JavaFileObject out = filer.createSourceFile(name, origins);
        try (Writer w = out.openWriter()) {
            w.append(text);
        }
    }

    /** The non-blank lines of a resource an earlier compilation left in the class output, or none. */
    List<String> readResourceLines(String path) {
        try {
            FileObject in = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path);
            return in.getCharContent(true).toString().lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
            return List.of();
        }
    }

    void writeResource(String path, String text, Element... origins) throws IOException {
        FileObject out = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
        try (Writer w = new java.io.OutputStreamWriter(out.openOutputStream(), StandardCharsets.UTF_8)) {
            w.write(text);
        }
    }
}
