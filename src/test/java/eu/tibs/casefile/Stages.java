package eu.tibs.casefile;

import java.util.List;

import eu.tibs.feedback.FeedbackProcess;
import eu.tibs.intake.IntakeProcess;
import eu.tibs.needs.NeedsAnalysisProcess;
import eu.tibs.pilot.PilotProcess;
import eu.tibs.proposal.MatchProposalProcess;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;

/** Stand-ins for the five stages the case calls: each waits in one task until the test finishes it. */
final class Stages {
    static final String STAGE_WORK = "userTask_stageWork";
    static final String STAGE_DONE = "endEvent_stageDone";
    static final List<String> KEYS = List.of(IntakeProcess.KEY, NeedsAnalysisProcess.KEY, MatchProposalProcess.KEY,
            PilotProcess.KEY, FeedbackProcess.KEY);

    private Stages() {
    }

    static Deployment deployStandIns() {
        var deployment = repositoryService().createDeployment().name("stage stand-ins");
        for (String key : KEYS) {
            deployment.addModelInstance(key + ".bpmn",
                    Bpmn.createExecutableProcess(key).startEvent().userTask(STAGE_WORK).endEvent(STAGE_DONE).done());
        }
        return deployment.deploy();
    }
}
