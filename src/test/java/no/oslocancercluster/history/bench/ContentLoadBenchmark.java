package no.oslocancercluster.history.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import jakarta.validation.Validation;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.store.ContentLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: content load + validate + render, per section, for the real content and for
 * synthetic folders. Run with {@code bench/jmh.sh}; not part of {@code ./mvnw verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ContentLoadBenchmark {

	@Param({ "real", "100" })
	public String content;

	private ContentLoader loader;

	private Path folder;

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		this.loader = new ContentLoader(Validation.buildDefaultValidatorFactory().getValidator());
		if (this.content.equals("real")) {
			this.folder = Path.of("content");
		}
		else {
			this.folder = Files.createTempDirectory("jmh-content");
			ContentGenerator.generate(this.folder, Integer.parseInt(this.content), 10);
		}
	}

	// Every file read, bound, validated and rendered, as at a start without a snapshot.
	@Benchmark
	public Edition loadValidateRender() {
		this.loader.forget();
		return this.loader.load(this.folder);
	}

	// No file changed since the last load: only the checks across files run again, as at
	// a start with a snapshot.
	@Benchmark
	public Edition reloadUnchanged() {
		return this.loader.load(this.folder);
	}

}
