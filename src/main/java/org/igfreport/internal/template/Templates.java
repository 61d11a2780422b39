package org.igfreport.internal.template;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The templates a validator knows: every {@code schemas/templates/*.yaml} shipped in the jar
 * (a new year's template is a new file, no code), or a user's own template file. Immutable.
 */
public final class Templates {

    private static final String DIR = "schemas/templates/";
    private static volatile Templates builtIn;

    private final List<Template> all;

    private Templates(List<Template> all) {
        this.all = List.copyOf(all);
    }

    /**
     * @param templates the templates
     * @return a registry of exactly these templates, in year order
     */
    public static Templates of(List<Template> templates) {
        List<Template> sorted = new ArrayList<>(templates);
        sorted.sort(new Comparator<Template>() {
            @Override
            public int compare(Template a, Template b) {
                int c = Integer.compare(a.year(), b.year());
                return c != 0 ? c : a.id().compareTo(b.id());
            }
        });
        return new Templates(sorted);
    }

    /** @return the templates shipped with igf-report (loaded once) */
    public static Templates builtIn() {
        Templates t = builtIn;
        if (t == null) {
            synchronized (Templates.class) {
                t = builtIn;
                if (t == null) {
                    List<Template> list = compiled();
                    if (list == null) {
                        list = new ArrayList<>();
                        for (String name : resourceNames()) {
                            list.add(TemplateLoader.loadResource(DIR + name, false));
                        }
                    }
                    t = of(list);
                    builtIn = t;
                }
            }
        }
        return t;
    }

    /**
     * @return the built-in templates as the build compiled them ({@link TemplateCodec}), or
     *         {@code null} where there is no such file (classes compiled without the build's step)
     */
    static List<Template> compiled() {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(TemplateCodec.RESOURCE)) {
            return in == null ? null : TemplateCodec.read(new BufferedInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return every template, oldest first */
    public List<Template> all() {
        return all;
    }

    /** @param id a template id
     *  @return the template with that id */
    public Optional<Template> byId(String id) {
        for (Template t : all) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** @return the ids of all templates, oldest first */
    public List<String> ids() {
        List<String> ids = new ArrayList<>(all.size());
        for (Template t : all) {
            ids.add(t.id());
        }
        return List.copyOf(ids);
    }

    private static List<String> resourceNames() {
        URL url = Templates.class.getClassLoader().getResource(DIR);
        if (url == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection conn = (JarURLConnection) url.openConnection();
                conn.setUseCaches(false);
                try (JarFile jar = conn.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        String n = entries.nextElement().getName();
                        if (n.startsWith(DIR) && n.endsWith(".yaml") && n.indexOf('/', DIR.length()) < 0) {
                            names.add(n.substring(DIR.length()));
                        }
                    }
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        names.sort(null);
        return names;
    }
}
