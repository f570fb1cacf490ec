package dev.retort.processor;

import com.palantir.javapoet.JavaFile;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.processor.diag.Diagnostics;
import dev.retort.processor.diag.Message;
import dev.retort.processor.model.EntityPlan;
import dev.retort.processor.model.SchemaPlan;
import dev.retort.processor.parse.Sites;
import dev.retort.processor.validate.QueryVerifier;
import dev.retort.processor.validate.SchemaValidator;
import dev.retort.processor.write.BaseWriter;
import dev.retort.processor.write.DdlWriter;
import dev.retort.processor.write.MetamodelWriter;
import dev.retort.sql.Index;
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
 * Writes what one base's plan calls for: each entity's {@code User_} (unless it or an entity it is
 * related to is in error), and when the whole base is clean its {@code Base_} and DDL resources.
 * Verifies named queries first. Every file names the source elements it came from.
 */
final class Emitter {
    private final Filer filer;
    private final Sites sites;
    private final Diagnostics diag;
    private final boolean verifyQueries;

    Emitter(Filer filer, Sites sites, Diagnostics diag, boolean verifyQueries) {
        this.filer = filer;
        this.sites = sites;
        this.diag = diag;
        this.verifyQueries = verifyQueries;
    }

    /** Writes the plan's files; returns whether {@code Base_} was written. */
    boolean emit(SchemaPlan plan) throws IOException, SQLException {
        boolean clean = SchemaValidator.entitiesToSkip(plan, diag).isEmpty();
        List<Table> tables = List.of();
        if (clean) {
            tables = DdlWriter.tables(plan);
            if (verifyQueries && QueryVerifier.hasQueries(plan)) {
                List<String> statements = new ArrayList<>();
                List<String> owners = new ArrayList<>();
                for (Table t : tables) {
                    statements.add(dev.retort.dialect.derby.DerbyDialect.INSTANCE.ddlCompiler().createTable(t));
                    owners.add(t.fullName());
                    for (Index i : t.indexes()) {
                        statements.add(dev.retort.dialect.derby.DerbyDialect.INSTANCE.ddlCompiler().createIndex(i));
                        owners.add(t.fullName());
                    }
                }
                plan = new QueryVerifier(diag).verify(plan, statements, owners);
            }
        }
        Set<String> skip = SchemaValidator.entitiesToSkip(plan, diag);
        for (EntityPlan p : plan.entities()) {
            if (!skip.contains(p.entity().key())) {
                Element origin = sites.typeElement(p.entity().site());
                writeSource(MetamodelWriter.write(p, plan.base().generated()), origin);
            }
        }
        if (!skip.isEmpty()) {
            return false;
        }
        List<Element> origins = new ArrayList<>();
        origins.add(sites.typeElement(plan.base().site()));
        for (EntityPlan p : plan.entities()) {
            origins.add(sites.typeElement(p.entity().site()));
        }
        Element[] originArray = origins.stream().filter(o -> o != null).toArray(Element[]::new);
        writeSource(BaseWriter.write(plan), originArray);
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

    private void writeSource(JavaFile file, Element... origins) throws IOException {
        String name = file.packageName().isEmpty() ? file.typeSpec().name()
                : file.packageName() + "." + file.typeSpec().name();
        JavaFileObject out = filer.createSourceFile(name, origins);
        try (Writer w = out.openWriter()) {
            file.writeTo(w);
        }
    }

    void writeResource(String path, String text, Element... origins) throws IOException {
        FileObject out = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
        try (Writer w = new java.io.OutputStreamWriter(out.openOutputStream(), StandardCharsets.UTF_8)) {
            w.write(text);
        }
    }
}
