package eu.tibs.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What makes the models in processes/ and forms/ readable to a project lead in Camunda Modeler, and safe to edit:
 * the {@link ModelRules} every deployment to a server is held to, and every element drawn, named and typed by its
 * id, service tasks through delegate expressions. A model that breaks a convention fails here, before anyone
 * deploys it.
 */
class ProcessModelConventionsTest {
    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");
    /** The highest Camunda Forms schema Tasklist 7.24 renders. */
    private static final int FORM_SCHEMA_MAX = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyProcessModelFollowsTheConventions() throws IOException {
        return files(PROCESSES, ".bpmn").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> assertConventions(readBpmn(file))));
    }

    @TestFactory
    Stream<DynamicTest> everyDecisionTableParsesAndIsNamed() throws IOException {
        return files(PROCESSES, ".dmn").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            try (InputStream in = Files.newInputStream(file)) {
                var decisions = Dmn.readModelFromStream(in).getModelElementsByType(Decision.class);
                assertThat(decisions).isNotEmpty();
                decisions.forEach(decision -> assertThat(decision.getName()).as(decision.getId()).isNotBlank());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyFormIsOneTasklistRendersWithUniqueKeys() throws IOException {
        return files(FORMS, ".form").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            JsonNode form = JSON.readTree(file.toFile());
            assertThat(form.path("id").asText() + ".form").isEqualTo(file.getFileName().toString());
            assertThat(form.path("schemaVersion").asInt()).isBetween(1, FORM_SCHEMA_MAX);
            var keys = new HashSet<String>();
            form.findValues("key").forEach(key -> assertThat(keys.add(key.asText())).as("key " + key).isTrue());
        }));
    }

    private static void assertConventions(BpmnModelInstance model) {
        Bpmn.validateModel(model);
        assertThat(ModelRules.check(model, form -> Files.exists(FORMS.resolve(form + ".form"))))
                .as("the rules a server deployment is held to").isEmpty();
        for (Process process : model.getModelElementsByType(Process.class)) {
            assertThat(process.getName()).as(process.getId()).isNotBlank();
        }
        Set<String> drawn = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
        model.getModelElementsByType(BpmnEdge.class).forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(drawn).as("drawn in the diagram").contains(node.getId());
            assertTypedId(node);
            if (!asksNothing(node)) {
                assertThat(node.getName()).as(node.getId() + " has a name a broker reads").isNotBlank();
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(drawn).as("drawn in the diagram").contains(flow.getId());
            assertThat(flow.getId()).startsWith("flow_");
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            assertThat(task.getCamundaDelegateExpression()).as(task.getId() + " delegate").startsWith("${");
        }
    }

    /** Ids say what an element is: userTask_reviewIntake, gateway_eligible, timer_answerOverdue, never Activity_0x9k. */
    private static void assertTypedId(BaseElement element) {
        String type = element.getElementType().getTypeName();
        List<String> prefixes = switch (type) {
            case "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway" -> List.of("gateway_");
            case "boundaryEvent" -> List.of("timer_", "boundaryEvent_");
            case "subProcess" -> List.of("subProcess_", "eventSubProcess_");
            case "intermediateCatchEvent" -> List.of("timer_", "catchEvent_");
            default -> List.of(type + "_");
        };
        assertThat(prefixes).as(element.getId() + " is a " + type).anyMatch(element.getId()::startsWith);
    }

    /** A gateway that only joins paths, or splits into parallel ones, asks nothing, so it needs no name. */
    private static boolean asksNothing(FlowNode node) {
        return node instanceof ParallelGateway
                || node instanceof Gateway && node.getIncoming().size() > 1 && node.getOutgoing().size() == 1;
    }

    private static BpmnModelInstance readBpmn(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Bpmn.readModelFromStream(in);
        }
    }

    private static Stream<Path> files(Path folder, String suffix) throws IOException {
        try (var listing = Files.list(folder)) {
            return listing.filter(file -> file.toString().endsWith(suffix)).sorted().toList().stream();
        }
    }
}
