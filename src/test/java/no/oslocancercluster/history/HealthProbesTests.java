package no.oslocancercluster.history;

import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probes answer as the actuator's did: what an orchestrator reads from each state.
 */
class HealthProbesTests {

	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	private final HealthProbes probes = new HealthProbes(this.availability);

	@Test
	void startingIsNeitherLiveNorReady() {
		assertAnswer(this.probes.liveness(), 503, "DOWN");
		assertAnswer(this.probes.readiness(), 503, "OUT_OF_SERVICE");
		assertAnswer(this.probes.health(), 503, "DOWN");
	}

	@Test
	void startedButRenderingIsLiveAndNotReady() {
		change(LivenessState.CORRECT);
		assertAnswer(this.probes.liveness(), 200, "UP");
		assertAnswer(this.probes.readiness(), 503, "OUT_OF_SERVICE");
		assertAnswer(this.probes.health(), 503, "OUT_OF_SERVICE");
	}

	@Test
	void readyIsUpEverywhere() {
		change(LivenessState.CORRECT);
		change(ReadinessState.ACCEPTING_TRAFFIC);
		assertAnswer(this.probes.liveness(), 200, "UP");
		assertAnswer(this.probes.readiness(), 200, "UP");
		assertAnswer(this.probes.health(), 200, "UP");
	}

	@Test
	void shuttingDownIsLiveAndNoLongerReady() {
		change(LivenessState.CORRECT);
		change(ReadinessState.ACCEPTING_TRAFFIC);
		change(ReadinessState.REFUSING_TRAFFIC);
		assertAnswer(this.probes.liveness(), 200, "UP");
		assertAnswer(this.probes.readiness(), 503, "OUT_OF_SERVICE");
	}

	@Test
	void brokenIsDownWhileReady() {
		change(ReadinessState.ACCEPTING_TRAFFIC);
		change(LivenessState.BROKEN);
		assertAnswer(this.probes.liveness(), 503, "DOWN");
		assertAnswer(this.probes.health(), 503, "DOWN");
	}

	@Test
	void answersAreNeverKept() {
		change(LivenessState.CORRECT);
		ResponseEntity<String> answer = this.probes.liveness();
		assertThat(answer.getHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(answer.getHeaders().getContentType()).hasToString("application/json");
	}

	private void change(AvailabilityState state) {
		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
	}

	private static void assertAnswer(ResponseEntity<String> answer, int status, String health) {
		assertThat(answer.getStatusCode().value()).isEqualTo(status);
		assertThat(answer.getBody()).isEqualTo("{\"status\":\"" + health + "\"}");
	}

}
