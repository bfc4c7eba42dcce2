package no.oslocancercluster.history.content;

import no.oslocancercluster.history.content.model.ContentException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up stopped by content problems in an editor's words, instead of a
 * stack trace.
 */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ContentException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix each problem in the file and line it names, then start the site again.", cause);
	}

}
