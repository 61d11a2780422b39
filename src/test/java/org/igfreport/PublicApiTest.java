package org.igfreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The public API is the package {@code org.igfreport} alone, made of our own types: no public or
 * protected member of it names a type of {@code org.igfreport.internal} or of a library
 * (Jackson, networknt, POI, PDFBox, picocli), in a parameter, a result, a field, an exception
 * or a type argument.
 */
class PublicApiTest {

    /** The public types of the API, as the README and the javadoc jar present them. */
    private static final Set<String> API = Set.of("Finding", "Limits", "Location", "ReportResult", "ReportValidator",
            "ReportValidator$Builder", "RuleDescription", "SectionSummary", "Severity", "TemplateInfo", "ReportFacts",
            "ReportFacts$Source");

    private static List<Class<?>> publicTypesOfTheRootPackage() throws ClassNotFoundException {
        List<Class<?>> out = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.igfreport")) {
            if (c.getPackageName().equals("org.igfreport")) {
                Class<?> k = Class.forName(c.getName());
                if (Modifier.isPublic(k.getModifiers())) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    @Test
    void theRootPackageHoldsOnlyTheApi() throws ClassNotFoundException {
        assertThat(publicTypesOfTheRootPackage()).extracting(c -> c.getName().substring("org.igfreport.".length()))
                .containsExactlyInAnyOrderElementsOf(API);
    }

    @Test
    void noPublicSignatureNamesAnInternalOrThirdPartyType() throws ClassNotFoundException {
        Set<String> bad = new TreeSet<>();
        for (Class<?> c : publicTypesOfTheRootPackage()) {
            for (Method m : c.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic()) {
                    check(c.getSimpleName() + "." + m.getName(), m.getGenericReturnType(), bad);
                    for (Type t : m.getGenericParameterTypes()) {
                        check(c.getSimpleName() + "." + m.getName(), t, bad);
                    }
                    for (Type t : m.getGenericExceptionTypes()) {
                        check(c.getSimpleName() + "." + m.getName(), t, bad);
                    }
                }
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (visible(k.getModifiers())) {
                    for (Type t : k.getGenericParameterTypes()) {
                        check(c.getSimpleName() + ".<init>", t, bad);
                    }
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    check(c.getSimpleName() + "." + f.getName(), f.getGenericType(), bad);
                }
            }
            check(c.getSimpleName() + " extends", c.getGenericSuperclass(), bad);
            for (Type t : c.getGenericInterfaces()) {
                check(c.getSimpleName() + " implements", t, bad);
            }
        }
        assertThat(bad).as("public signatures that name a type outside the API and the JDK").isEmpty();
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void check(String where, Type t, Set<String> bad) {
        if (t == null) {
            return;
        }
        if (t instanceof Class<?> k) {
            while (k.isArray()) {
                k = k.getComponentType();
            }
            String n = k.getName();
            boolean ok = k.isPrimitive() || n.startsWith("java.")
                    || (n.startsWith("org.igfreport.") && !n.startsWith("org.igfreport.internal."));
            if (!ok) {
                bad.add(where + ": " + n);
            }
        } else if (t instanceof ParameterizedType p) {
            check(where, p.getRawType(), bad);
            for (Type a : p.getActualTypeArguments()) {
                check(where, a, bad);
            }
        } else if (t instanceof GenericArrayType a) {
            check(where, a.getGenericComponentType(), bad);
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                check(where, b, bad);
            }
            for (Type b : w.getLowerBounds()) {
                check(where, b, bad);
            }
        } else if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                check(where, b, bad);
            }
        }
    }
}
