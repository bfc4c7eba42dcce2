package no.oslocancercluster.history;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The health probes an orchestrator asks, at the addresses and with the answers of Spring
 * Boot's actuator ({@code {"status":"UP"}}, or a 503), from Spring Boot's own
 * availability states: live once the application context has started, ready once the site
 * is ready (its pages rendered or taken from their snapshot) until it shuts down.
 * <p>
 * The actuator did the same with 366 more classes loaded before the first page, for these
 * three addresses alone (bench/README.md, round ten).
 */
@RestController
class HealthProbes {

	static final String HEALTH = "/actuator/health";

	static final String LIVENESS = HEALTH + "/liveness";

	static final String READINESS = HEALTH + "/readiness";

	private final ApplicationAvailability availability;

	HealthProbes(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@GetMapping(LIVENESS)
	ResponseEntity<String> liveness() {
		return answer(live() ? "UP" : "DOWN");
	}

	@GetMapping(READINESS)
	ResponseEntity<String> readiness() {
		return answer(ready() ? "UP" : "OUT_OF_SERVICE");
	}

	// Both: a site that is not live is down, one that is live but not ready is out of
	// service.
	@GetMapping(HEALTH)
	ResponseEntity<String> health() {
		return answer(!live() ? "DOWN" : ready() ? "UP" : "OUT_OF_SERVICE");
	}

	private boolean live() {
		return this.availability.getLivenessState() == LivenessState.CORRECT;
	}

	private boolean ready() {
		return this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
	}

	private static ResponseEntity<String> answer(String status) {
		return ResponseEntity.status("UP".equals(status) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noStore())
			.body("{\"status\":\"" + status + "\"}");
	}

}
