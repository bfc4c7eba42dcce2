package no.oslocancercluster.history.serving;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.oslocancercluster.history.SiteApplication;
import no.oslocancercluster.history.bench.ContentGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site told to stop while it is still rendering its pages (an operator's restart soon
 * after a start) stops rendering and says so in one line: no page is rendered with a
 * context that is closing, so no template fails and nothing is logged as an error.
 */
@ExtendWith(OutputCaptureExtension.class)
class ShutdownWhileRenderingTests {

	// Pages rendered before the site is told to stop.
	private static final int RENDERED_BEFORE_STOP = 20;

	private static final AtomicReference<ConfigurableApplicationContext> CONTEXT = new AtomicReference<>();

	private static final AtomicReference<Thread> STOPPING = new AtomicReference<>();

	private static final AtomicInteger PAGES = new AtomicInteger();

	private Path folder;

	@AfterEach
	void deleteFolder() throws IOException {
		FileSystemUtils.deleteRecursively(this.folder);
	}

	@Test
	void stoppingWhileRenderingStopsTheRenderingQuietly(CapturedOutput output) throws Exception {
		PAGES.set(0);
		this.folder = Files.createTempDirectory("stop-while-rendering");
		ContentGenerator.generate(this.folder, 60, 3);
		new SpringApplicationBuilder(SiteApplication.class, StopWhileRendering.class).initializers(CONTEXT::set)
			.run("--server.port=0", "--site.content-dir=" + this.folder);
		Thread stopping = STOPPING.get();
		assertThat(stopping).isNotNull();
		stopping.join(30_000);
		assertThat(CONTEXT.get().isActive()).isFalse();
		assertThat(output).contains("Stopped rendering pages: the site is shutting down")
			.doesNotContain("ERROR")
			.doesNotContain("Exception processing template")
			.doesNotContain("Not caching")
			.doesNotContain("Rendered ");
	}

	// Every page rendered slowly, and the site told to stop (as SIGTERM tells it, from
	// another thread) once some are.
	@Configuration(proxyBeanMethods = false)
	static class StopWhileRendering {

		@Bean
		WebMvcConfigurer slowPages() {
			return new WebMvcConfigurer() {

				@Override
				public void addInterceptors(InterceptorRegistry registry) {
					registry.addInterceptor(new HandlerInterceptor() {

						@Override
						public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
								Object handler) throws InterruptedException {
							if (PAGES.incrementAndGet() == RENDERED_BEFORE_STOP) {
								Thread thread = new Thread(() -> CONTEXT.get().close(), "stop-signal");
								STOPPING.set(thread);
								thread.start();
							}
							Thread.sleep(20);
							return true;
						}

					});
				}

			};
		}

	}

}
