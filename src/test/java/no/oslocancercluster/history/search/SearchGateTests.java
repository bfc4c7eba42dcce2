package no.oslocancercluster.history.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The search gate lets no more searches run at once than its limit: one more gets the
 * busy answer at once, and none of those running fails; a search asked before is answered
 * from memory without running again. Nothing is timed: the searches in the chain wait on
 * a latch that the test opens.
 */
class SearchGateTests {

	private static final Object VERSION = new Object();

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final CountDownLatch release = new CountDownLatch(1);

	private final CountDownLatch entered = new CountDownLatch(2);

	private final List<String> ran = new ArrayList<>();

	@AfterEach
	void stop() {
		this.release.countDown();
		this.threads.shutdownNow();
	}

	@Test
	void moreSearchesThanTheLimitGetTheBusyAnswerAndNoneOfTheOthersFails() throws Exception {
		SearchGate gate = new SearchGate(() -> VERSION, 2, Duration.ZERO, true);
		Future<MockHttpServletResponse> first = this.threads.submit(() -> search(gate, "/search", "gold"));
		Future<MockHttpServletResponse> second = this.threads.submit(() -> search(gate, "/nb/search", "gull"));
		this.entered.await();
		MockHttpServletResponse third = search(gate, "/nb/search", "park");
		assertThat(third.getStatus()).isEqualTo(503);
		assertThat(third.getHeader("Retry-After")).isEqualTo("5");
		assertThat(third.getIncludedUrl()).isEqualTo("/nb/search/busy");
		this.release.countDown();
		for (Future<MockHttpServletResponse> running : List.of(first, second)) {
			assertThat(running.get().getStatus()).isEqualTo(200);
			assertThat(running.get().getContentAsString()).startsWith("results for ");
		}
		assertThat(search(gate, "/search", "park").getStatus()).isEqualTo(200);
	}

	@Test
	void aRepeatedSearchIsAnsweredFromMemoryWithTheSameHeaders() throws Exception {
		this.release.countDown();
		SearchGate gate = new SearchGate(() -> VERSION, 1, Duration.ZERO, true);
		MockHttpServletResponse once = search(gate, "/search", "gold");
		gate.running().acquire();
		MockHttpServletResponse again = search(gate, "/search", "gold");
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(again.getContentAsString()).isEqualTo(once.getContentAsString()).isEqualTo("results for gold");
		assertThat(again.getHeader("Cache-Control")).isEqualTo("no-cache");
		assertThat(again.getHeader("X-Robots-Tag")).isEqualTo("noindex");
		assertThat(this.ran).containsExactly("/search?gold");
		assertThat(search(gate, "/search", "gold label").getStatus()).isEqualTo(503);
	}

	@Test
	void aNewContentVersionDropsWhatWasKept() throws Exception {
		this.release.countDown();
		Object[] version = { new Object() };
		SearchGate gate = new SearchGate(() -> version[0], 1, Duration.ZERO, true);
		search(gate, "/search", "gold");
		search(gate, "/search", "gold");
		version[0] = new Object();
		search(gate, "/search", "gold");
		assertThat(this.ran).containsExactly("/search?gold", "/search?gold");
	}

	@Test
	void aPageIsKeptForItsWholeAddressOnly() throws Exception {
		this.release.countDown();
		SearchGate gate = new SearchGate(() -> VERSION, 1, Duration.ZERO, true);
		search(gate, "/search", (String[]) null);
		search(gate, "/search", "null");
		search(gate, "/search", "null", "evil");
		search(gate, "/search", "null");
		assertThat(this.ran).containsExactly("/search?null", "/search?null", "/search?null");
	}

	@Test
	void otherMethodsPassWithoutATurn() throws Exception {
		this.release.countDown();
		SearchGate gate = new SearchGate(() -> VERSION, 1, Duration.ZERO, true);
		gate.running().acquire();
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/search");
		MockHttpServletResponse response = new MockHttpServletResponse();
		gate.doFilter(request, response, (req, res) -> ((HttpServletResponse) res).setStatus(405));
		assertThat(response.getStatus()).isEqualTo(405);
	}

	@Test
	void aSearchThatFailsGivesItsTurnBack() throws Exception {
		SearchGate gate = new SearchGate(() -> VERSION, 1, Duration.ZERO, true);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
		request.setQueryString("q=gold");
		assertThatIllegalStateException()
			.isThrownBy(() -> gate.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
				throw new IllegalStateException("the index is broken");
			}));
		assertThat(gate.running().availablePermits()).isEqualTo(1);
	}

	@Test
	void thePreviewKeepsNothing() throws Exception {
		this.release.countDown();
		SearchGate gate = new SearchGate(() -> VERSION, 1, Duration.ZERO, false);
		search(gate, "/search", "gold");
		search(gate, "/search", "gold");
		assertThat(this.ran).containsExactly("/search?gold", "/search?gold");
	}

	private MockHttpServletResponse search(SearchGate gate, String path, String... query) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		if (query != null) {
			request.setParameter("q", query);
			request.setQueryString("q=" + String.join("&q=", query));
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain chain = (req, res) -> {
			synchronized (this.ran) {
				this.ran.add(path + "?" + ((query != null) ? query[0] : null));
			}
			this.entered.countDown();
			try {
				this.release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			res.setContentType("text/html;charset=UTF-8");
			res.getWriter().write("results for " + ((query != null) ? String.join(", ", query) : ""));
		};
		gate.doFilter(request, response, chain);
		return response;
	}

}
