package dev.retort.processor;

import com.google.auto.service.AutoService;
import dev.retort.processor.diag.Diagnostics;
import dev.retort.processor.diag.Message;
import dev.retort.processor.model.BaseModel;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.SchemaPlan;
import dev.retort.processor.model.Site;
import dev.retort.processor.parse.EntityParser;
import dev.retort.processor.parse.Sites;
import dev.retort.processor.validate.SchemaValidator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Retort's annotation processor: {@code @Table} classes become checked models and generated,
 * reflection-free code ({@code User_} per entity, {@code Base_} per declarative base, the DDL per
 * dialect as resources, a {@code META-INF/services} entry).
 *
 * <p>Each round: parse the entities (deferring all of them to the next round while a type they
 * mention is still to be generated), validate each base, write. Reports are collected as data and
 * printed once per round. Any exception is caught and reported on the element being processed with
 * its stack trace; {@code process} never throws and always returns {@code false}, leaving the
 * annotations to other processors too.
 *
 * <p>Entities compiled earlier (an IDE recompiling one file has the rest of the module on the class
 * path) are found through the list of entities the earlier {@code Base_} carries (see
 * {@link CompiledEntities}), parsed like sources, and take part in validation and in the new
 * {@code Base_}; only the entities compiled now get a new {@code User_}.
 *
 * <p>Options ({@code -A...}):
 * <ul>
 *   <li>{@code retort.verifyQueries=false} skips checking {@code @Query} SQL against an in-memory
 *       Derby database (default true);
 *   <li>{@code retort.internal.failOn=<qualified class name>} makes processing that class throw, to
 *       test the exception barrier. Not for users.
 * </ul>
 */
@AutoService(Processor.class)
public final class RetortProcessor extends AbstractProcessor {
    /** Option: check {@code @Query} SQL at compile time (default {@code true}). */
    public static final String VERIFY_QUERIES = "retort.verifyQueries";
    /** Test-only option: throw while processing the named class. */
    public static final String FAIL_ON = "retort.internal.failOn";
    private static final String SERVICES = "META-INF/services/dev.retort.orm.mapping.MappedBase";

    private final Sites sites = new Sites();
    private final Diagnostics diag = new Diagnostics();
    private final Set<String> deferred = new TreeSet<>();
    private final Set<String> deferredBases = new TreeSet<>();
    private final Set<String> basesWritten = new TreeSet<>();
    private final Set<String> poisonedBases = new TreeSet<>();
    private Throwable initFailure;
    private EntityParser parser;
    private Reporter reporter;
    private Emitter emitter;
    private CompiledEntities compiled;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        try {
            parser = new EntityParser(env, sites, diag);
            reporter = new Reporter(env.getMessager(), sites);
            compiled = new CompiledEntities(env.getElementUtils(), parser);
            emitter = new Emitter(env.getFiler(), sites, diag,
                    !"false".equalsIgnoreCase(env.getOptions().get(VERIFY_QUERIES)),
                    env.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null);
        } catch (RuntimeException | LinkageError e) {
            initFailure = e;
        }
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(EntityParser.TABLE, EntityParser.BASE, EntityParser.QUERY, EntityParser.QUERY_LIST);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(VERIFY_QUERIES, FAIL_ON);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (initFailure != null) {
            if (!round.processingOver()) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        Message.INTERNAL_ERROR.format("its set-up", stackTrace(initFailure)));
            }
            return false;
        }
        try {
            processRound(round);
        } catch (Throwable t) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Message.INTERNAL_ERROR.format("this round", stackTrace(t)));
        }
        reporter.print(diag.drain());
        return false;
    }

    private void processRound(RoundEnvironment round) {
        var elements = processingEnv.getElementUtils();
        Map<String, TypeElement> decls = new TreeMap<>();
        for (String name : deferred) {
            TypeElement e = elements.getTypeElement(name);
            if (e != null) {
                decls.put(name, e);
            }
        }
        for (Element e : annotated(round, EntityParser.TABLE)) {
            if (e instanceof TypeElement) {
                decls.put(((TypeElement) e).getQualifiedName().toString(), (TypeElement) e);
            }
        }
        Map<String, TypeElement> bases = new TreeMap<>();
        for (String name : deferredBases) {
            TypeElement e = elements.getTypeElement(name);
            if (e != null) {
                bases.put(name, e);
            }
        }
        for (Element e : annotated(round, EntityParser.BASE)) {
            if (e instanceof TypeElement) {
                bases.put(((TypeElement) e).getQualifiedName().toString(), (TypeElement) e);
            }
        }
        checkQueriesOnNonEntities(round);

        if (round.processingOver()) {
            for (TypeElement decl : decls.values()) {
                String[] unresolved = parser.firstUnresolved(decl);
                Site site = Site.of(decl.getQualifiedName().toString(), unresolved[0]);
                parser.registerField(decl, unresolved[0]);
                diag.error(site, Message.UNRESOLVED_TYPE, unresolved[1], decl.getSimpleName(), unresolved[0]);
            }
            writeServices();
            return;
        }
        boolean resolvable = true;
        for (TypeElement decl : decls.values()) {
            resolvable &= parser.isResolvable(decl);
        }
        deferred.clear();
        deferredBases.clear();
        if (!resolvable) {
            deferred.addAll(decls.keySet());
            deferredBases.addAll(bases.keySet());
            return;
        }
        if (decls.isEmpty() && bases.isEmpty()) {
            return;
        }

        String failOn = processingEnv.getOptions().get(FAIL_ON);
        List<EntityModel> entities = new ArrayList<>();
        Map<String, BaseModel> baseModels = new TreeMap<>();
        for (TypeElement b : bases.values()) {
            BaseModel m = parser.parseBase(b);
            baseModels.put(m.type().canonicalName(), m);
        }
        for (TypeElement decl : decls.values()) {
            try {
                if (decl.getQualifiedName().contentEquals(String.valueOf(failOn))) {
                    throw new IllegalStateException("failing on purpose: " + FAIL_ON + "=" + failOn);
                }
                EntityModel m = parser.parse(decl);
                entities.add(m);
                List<TypeElement> own = parser.basesOf(decl);
                if (own.size() == 1) {
                    BaseModel bm = parser.parseBase(own.get(0));
                    baseModels.putIfAbsent(bm.type().canonicalName(), bm);
                }
            } catch (RuntimeException | LinkageError | AssertionError e) {
                poison(decl);
                sites.put(Site.of(decl.getQualifiedName().toString()), decl);
                diag.error(Site.of(decl.getQualifiedName().toString()), Message.INTERNAL_ERROR,
                        decl.getQualifiedName(), stackTrace(e));
            }
        }
        entities.addAll(parseCompiled(baseModels, decls.keySet()));
        List<SchemaPlan> plans = new SchemaValidator(diag).validate(new ArrayList<>(baseModels.values()), entities);
        for (SchemaPlan plan : plans) {
            String generated = plan.base().generated().canonicalName();
            if (basesWritten.contains(generated) || poisonedBases.contains(plan.base().type().canonicalName())
                    || poisonedBases.contains("*")) {
                continue;
            }
            try {
                if (emitter.emit(plan, decls.keySet())) {
                    basesWritten.add(generated);
                }
            } catch (Exception | LinkageError | AssertionError e) {
                diag.error(plan.base().site(), Message.INTERNAL_ERROR, plan.base().type().canonicalName(),
                        stackTrace(e));
            }
        }
    }

    /**
     * The entities of {@code bases} that this round does not see as sources (its declaring classes
     * are {@code fromSource}): compiled earlier and listed by the earlier {@code Base_}, so a
     * partial recompile validates and aggregates against the whole model.
     */
    private List<EntityModel> parseCompiled(Map<String, BaseModel> bases, Set<String> fromSource) {
        List<EntityModel> out = new ArrayList<>();
        for (BaseModel base : bases.values()) {
            for (TypeElement decl : compiled.of(base, fromSource)) {
                try {
                    out.add(parser.parse(decl));
                } catch (RuntimeException | LinkageError | AssertionError e) {
                    poison(decl);
                    sites.put(Site.of(decl.getQualifiedName().toString()), decl);
                    diag.error(Site.of(decl.getQualifiedName().toString()), Message.INTERNAL_ERROR,
                            decl.getQualifiedName(), stackTrace(e));
                }
            }
        }
        return out;
    }

    /** After an internal error on {@code decl}, writes nothing for its base: its model is unknown. */
    private void poison(TypeElement decl) {
        try {
            for (TypeElement b : parser.basesOf(decl)) {
                poisonedBases.add(b.getQualifiedName().toString());
            }
        } catch (RuntimeException e) {
            poisonedBases.add("*");
        }
    }

    private void checkQueriesOnNonEntities(RoundEnvironment round) {
        Set<Element> annotated = new java.util.LinkedHashSet<>(annotated(round, EntityParser.QUERY));
        annotated.addAll(annotated(round, EntityParser.QUERY_LIST));
        TypeElement table = processingEnv.getElementUtils().getTypeElement(EntityParser.TABLE);
        for (Element e : annotated) {
            boolean entity = e.getAnnotationMirrors().stream()
                    .anyMatch(m -> m.getAnnotationType().asElement().equals(table));
            if (!entity && e instanceof TypeElement) {
                String name = ((TypeElement) e).getQualifiedName().toString();
                sites.put(Site.of(name), e);
                diag.error(Site.of(name), Message.QUERY_NOT_ON_ENTITY, e.getSimpleName());
            }
        }
    }

    /** The elements annotated with {@code annotation}, by name (nothing when it is not on the class path). */
    private Set<? extends Element> annotated(RoundEnvironment round, String annotation) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
        return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
    }

    /**
     * Writes the service registrations: the bases written now, plus those an earlier compilation
     * listed in the same output whose {@code Base_} still exists (a partial recompile may rewrite
     * only some bases).
     */
    private void writeServices() {
        if (basesWritten.isEmpty()) {
            return;
        }
        Set<String> names = new TreeSet<>(basesWritten);
        for (String earlier : emitter.readResourceLines(SERVICES)) {
            if (processingEnv.getElementUtils().getTypeElement(earlier) != null) {
                names.add(earlier);
            }
        }
        StringBuilder b = new StringBuilder();
        for (String name : names) {
            b.append(name).append('\n');
        }
        try {
            emitter.writeResource(SERVICES, b.toString());
        } catch (Exception e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Message.INTERNAL_ERROR.format(SERVICES, stackTrace(e)));
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString().stripTrailing();
    }
}
