package no.oslocancercluster.history.serving;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.oslocancercluster.history.LocalSite;
import no.oslocancercluster.history.SiteApplication;
import no.oslocancercluster.history.content.store.ContentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only a whole version's pages are kept for the next start: one that took a version with
 * a page missing would answer "page not found" for it until the content changed. And the
 * version kept is the current one, also when the content was reloaded while the site ran.
 */
@ExtendWith(OutputCaptureExtension.class)
class KeptPagesTests {

	@TempDir
	private Path root;

	@Test
	void aVersionWithAPageThatDidNotRenderIsNotKept(CapturedOutput output) {
		Path content = LocalSite.copyOfContent(this.root.resolve("content"));
		Path snapshot = this.root.resolve("content.snapshot");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SiteApplication.class,
				FailingAwards.class)
			.run("--server.port=0", "--site.content-dir=" + content, "--site.content-snapshot=" + snapshot)) {
			// The version is saved, or not, once the home pages of each kind of day are
			// rendered after it.
			context.getBean(PageCache.class).settled().join();
			assertThat(output).contains(
					"Not saving the rendered pages: 1 did not render (/awards); the next start renders them again");
		}
		assertThat(PageSnapshot.beside(snapshot)).doesNotExist();
		assertThat(snapshot).as("the checked content is kept either way").exists();
	}

	@Test
	void aVersionReloadedWhileTheSiteRunsIsKeptForTheNextStart(CapturedOutput output) throws Exception {
		Path content = LocalSite.copyOfContent(this.root.resolve("content"));
		String[] args = { "--server.port=0", "--site.content-dir=" + content,
				"--site.content-snapshot=" + this.root.resolve("content.snapshot") };
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SiteApplication.class).run(args)) {
			Path founding = content.resolve("founding.md");
			Files.writeString(founding,
					Files.readString(founding).replace("Together, they initiated", "Together, they started"));
			context.getBean(ContentStore.class).reload();
			context.getBean(PageCache.class).settled().join();
		}
		int before = output.getOut().length();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SiteApplication.class).run(args)) {
			assertThat(output.getOut().substring(before)).containsPattern("Took \\d+ pages")
				.doesNotContain("Rendered ");
			assertThat(new String(context.getBean(PageCache.class).page("/founding").body(), StandardCharsets.UTF_8))
				.contains("Together, they started");
		}
	}

	// The awards page fails whenever it is asked for, as one would in a start stopped
	// while it renders.
	@TestConfiguration(proxyBeanMethods = false)
	static class FailingAwards implements WebMvcConfigurer {

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(new HandlerInterceptor() {

				@Override
				public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
					throw new IllegalStateException("The awards page fails to render");
				}

			}).addPathPatterns("/awards");
		}

	}

}
