package no.oslocancercluster.history.serving;

import java.nio.file.Path;

import no.oslocancercluster.history.LocalSite;
import no.oslocancercluster.history.SiteApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start with another of Spring's settings that change pages (a template or text
 * setting, from the command line here) renders its pages again instead of taking those
 * kept by a start without it; the same settings take them.
 */
@ExtendWith(OutputCaptureExtension.class)
class PageSettingsTests {

	private static final String RENDERED = "Rendered ";

	private static final String TAKEN = "from the snapshot of rendered pages";

	@TempDir
	private Path root;

	@Test
	void anotherPageSettingRendersThePagesAgain(CapturedOutput output) {
		Path content = LocalSite.copyOfContent(this.root.resolve("content"));
		String[] site = { "--server.port=0", "--site.content-dir=" + content,
				"--site.content-snapshot=" + this.root.resolve("content.snapshot") };
		start(site);
		assertThat(output.getOut()).contains(RENDERED).doesNotContain(TAKEN);

		int before = output.getOut().length();
		start(site);
		assertThat(output.getOut().substring(before)).contains(TAKEN).doesNotContain(RENDERED);

		before = output.getOut().length();
		start(with(site, "--spring.messages.use-code-as-default-message=true"));
		assertThat(output.getOut().substring(before))
			.contains("Not using the snapshot of rendered pages at " + this.root.resolve("content.snapshot.pages")
					+ " (it was rendered by other code, with other settings or of other content)")
			.contains(RENDERED);

		before = output.getOut().length();
		start(with(site, "--spring.messages.use-code-as-default-message=true"));
		assertThat(output.getOut().substring(before)).contains(TAKEN).doesNotContain(RENDERED);
	}

	private static void start(String... args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SiteApplication.class).run(args)) {
			assertThat(context.isActive()).isTrue();
		}
	}

	private static String[] with(String[] args, String setting) {
		String[] more = java.util.Arrays.copyOf(args, args.length + 1);
		more[args.length] = setting;
		return more;
	}

}
