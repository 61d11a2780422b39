package org.igfreport.internal.serve;

import java.nio.charset.StandardCharsets;
import org.igfreport.RuleDescription;
import org.igfreport.internal.output.RulePages;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateSection;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON bodies of the API that are not a check's output: templates, rules, errors. */
final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Api() {
    }

    /** @return {@code {"error": id, "message": text}} */
    static byte[] error(String error, String message) {
        ObjectNode o = NODES.objectNode();
        o.put("error", error);
        o.put("message", message);
        return bytes(o);
    }

    /** @return the built-in templates: id, year, title and their sections in order (id, label, kind) */
    static byte[] templates(Checker checker) {
        ArrayNode a = NODES.arrayNode();
        for (Template t : checker.templates()) {
            ObjectNode o = a.addObject();
            o.put("id", t.id());
            o.put("year", t.year());
            o.put("title", t.title());
            ArrayNode sections = o.putArray("sections");
            for (TemplateSection s : t.sections()) {
                ObjectNode so = sections.addObject();
                so.put("id", s.id());
                so.put("label", s.label());
                so.put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return bytes(a);
    }

    /** @return the rules: id, default severity, summary, rationale, and the path of the rule's page here */
    static byte[] rules(Checker checker) {
        ArrayNode a = NODES.arrayNode();
        for (RuleDescription r : checker.run().rules()) {
            ObjectNode o = a.addObject();
            o.put("id", r.id());
            o.put("defaultSeverity", r.defaultSeverity().id());
            o.put("summary", r.summary());
            o.put("rationale", r.rationale());
            if (RulePages.text(r.id()).isPresent()) {
                o.put("page", "/rules/" + r.id());
            }
        }
        return bytes(a);
    }

    private static byte[] bytes(Object tree) {
        return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
