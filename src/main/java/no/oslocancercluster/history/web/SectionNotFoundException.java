package no.oslocancercluster.history.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No section has the requested address.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class SectionNotFoundException extends RuntimeException {

	SectionNotFoundException(String slug) {
		super("No section at /" + slug);
	}

}
