package no.oslocancercluster.history.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * No section has the requested address. Anyone can ask for any address, so this is an
 * answer, not a fault: it carries no stack trace, and Spring reads its status without
 * looking up annotations.
 */
class SectionNotFoundException extends ResponseStatusException {

	SectionNotFoundException(String slug) {
		super(HttpStatus.NOT_FOUND, "No section at /" + slug);
	}

	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}
