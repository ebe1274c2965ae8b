package eu.tibs.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import javax.xml.transform.dom.DOMSource;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The rules a process model must keep to run in TIBS, the same for the models in the repository
 * (ProcessModelConventionsTest) and for any deployment to a running server ({@link ModelGuard}): no scripts, no Java
 * classes, expressions that reach only what {@link ModelExpressions} allows, user tasks with a Camunda Form that
 * exists and candidate groups from data, a history time to live on every process.
 */
public final class ModelRules {
    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    /** Attributes that name Java code to run, or an embedded form page, which would run in a broker's browser. */
    private static final Set<String> CODE_ATTRIBUTES = Set.of("class", "variableMappingClass", "formKey");
    private static final Set<String> SCRIPT_ELEMENTS = Set.of("scriptTask", "script", "connector");

    private ModelRules() {
    }

    /** Every problem of the model, each naming its element; {@code formExists} tells whether a form key is deployed. */
    public static List<ModelProblem> check(BpmnModelInstance model, Predicate<String> formExists) {
        List<ModelProblem> problems = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (isBlank(process.getCamundaHistoryTimeToLiveString())) {
                problems.add(new ModelProblem(process.getId(), "has no history time to live"));
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String form = task.getCamundaFormRef();
            if (isBlank(form)) {
                problems.add(new ModelProblem(task.getId(), "has no Camunda Form (camunda:formRef)"));
            } else if (!formExists.test(form)) {
                problems.add(new ModelProblem(task.getId(), "names form " + form + ", which is not deployed"));
            }
            String groups = task.getCamundaCandidateGroups();
            if (isBlank(groups) || !groups.startsWith("${") || !groups.endsWith("}")) {
                problems.add(new ModelProblem(task.getId(), "must take its candidate groups from data (${...})"));
            }
        }
        var root = ((DOMSource) model.getDocument().getDomSource()).getNode();
        checkNode(root, "definitions", problems);
        return problems;
    }

    private static void checkNode(Node node, String elementId, List<ModelProblem> problems) {
        if (node instanceof Element element) {
            String id = element.hasAttribute("id") ? element.getAttribute("id") : elementId;
            if (SCRIPT_ELEMENTS.contains(element.getLocalName())) {
                problems.add(new ModelProblem(id, "runs a script (" + element.getTagName() + ")"));
            }
            for (int i = 0; i < element.getAttributes().getLength(); i++) {
                checkAttribute((Attr) element.getAttributes().item(i), id, problems);
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                checkNode(child, id, problems);
            }
        } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            ModelExpressions.problemsIn(node.getNodeValue()).forEach(p -> problems.add(new ModelProblem(elementId, p)));
        } else {
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                checkNode(child, elementId, problems);
            }
        }
    }

    private static void checkAttribute(Attr attribute, String elementId, List<ModelProblem> problems) {
        String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        if (CAMUNDA_NS.equals(attribute.getNamespaceURI()) && CODE_ATTRIBUTES.contains(name)) {
            problems.add(new ModelProblem(elementId, "uses camunda:" + name + ", which a model may not"));
        } else if ("language".equals(name) && attribute.getNamespaceURI() == null) {
            // A condition or mapping written in a script language instead of an expression.
            problems.add(new ModelProblem(elementId, "runs a script (" + name + "=" + attribute.getValue() + ")"));
        }
        ModelExpressions.problemsIn(attribute.getValue())
                .forEach(problem -> problems.add(new ModelProblem(elementId, attribute.getName() + " " + problem)));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
