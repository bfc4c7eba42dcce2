package no.oslocancercluster.history.web;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An error page is rendered once per content version, status and language, then answered
 * from memory; the preview renders it every time.
 */
class KeptErrorPagesUnitTests {

	private final AtomicInteger renders = new AtomicInteger();

	private Object version = new Object();

	@Test
	void rendersEachPageOncePerVersion() throws Exception {
		KeptErrorPages pages = new KeptErrorPages(() -> this.version, true);
		assertThat(error(pages, 404, "/no-such-page").getContentAsString()).isEqualTo("page 1");
		MockHttpServletResponse again = error(pages, 404, "/another");
		assertThat(again.getContentAsString()).isEqualTo("page 1");
		assertThat(again.getStatus()).isEqualTo(404);
		assertThat(again.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(error(pages, 404, "/nb/finnes-ikke").getContentAsString()).isEqualTo("page 2");
		assertThat(error(pages, 400, "/search").getContentAsString()).isEqualTo("page 3");
		assertThat(error(pages, 500, "/fails").getContentAsString()).isEqualTo("page 4");
		assertThat(error(pages, 500, "/fails").getContentAsString()).isEqualTo("page 5");
		this.version = new Object();
		assertThat(error(pages, 404, "/no-such-page").getContentAsString()).isEqualTo("page 6");
	}

	@Test
	void thePreviewRendersEveryTime() throws Exception {
		KeptErrorPages pages = new KeptErrorPages(() -> this.version, false);
		error(pages, 404, "/no-such-page");
		assertThat(error(pages, 404, "/no-such-page").getContentAsString()).isEqualTo("page 2");
	}

	private MockHttpServletResponse error(KeptErrorPages pages, int status, String failed) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setDispatcherType(DispatcherType.ERROR);
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, failed);
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain render = (req, res) -> {
			((HttpServletResponse) res).setStatus(status);
			res.setContentType("text/html;charset=UTF-8");
			res.getWriter().write("page " + this.renders.incrementAndGet());
		};
		pages.doFilter(request, response, render);
		return response;
	}

}
