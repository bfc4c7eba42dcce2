package no.oslocancercluster.history.content.store;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import no.oslocancercluster.history.SiteProperties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts reading the content on a thread of its own as soon as the site's settings are
 * known, before Spring reads its configuration and makes its beans: the content store
 * then takes what was read instead of reading it on the main thread (about 100 ms of a
 * start from the snapshot of checked content, bench/README.md). Registered in
 * {@code META-INF/spring.factories}, so every start of the site does it.
 */
public class ContentReadAhead implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String BEAN_NAME = "contentReadAhead";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		// Not while the build works out the beans ahead of time (process-aot), which
		// starts no site.
		if (Boolean.getBoolean("spring.aot.processing") || context.getBeanFactory().containsSingleton(BEAN_NAME)) {
			return;
		}
		SiteProperties properties = Binder.get(context.getEnvironment()).bindOrCreate("site", SiteProperties.class);
		FutureTask<FirstLoad> load = new FutureTask<>(() -> FirstLoad.of(properties));
		Thread thread = new Thread(load, "content-read-ahead");
		thread.setDaemon(true);
		thread.start();
		context.getBeanFactory().registerSingleton(BEAN_NAME, new Pending(properties, load));
	}

	/**
	 * The content being read for the settings it was started with.
	 */
	static final class Pending {

		private final SiteProperties properties;

		private final FutureTask<FirstLoad> load;

		Pending(SiteProperties properties, FutureTask<FirstLoad> load) {
			this.properties = properties;
			this.load = load;
		}

		/**
		 * Whether the reading has ended.
		 */
		boolean done() {
			return this.load.isDone();
		}

		/**
		 * What was read, if it was read with these settings; otherwise the content read
		 * now. A problem that stopped the reading is thrown as if it had happened here.
		 */
		static FirstLoad take(Pending pending, SiteProperties properties) {
			if (pending == null || !pending.properties.equals(properties)) {
				return FirstLoad.of(properties);
			}
			try {
				return pending.load.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while the content was read", ex);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException problem) {
					throw problem;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException(ex.getCause());
			}
		}

	}

}
