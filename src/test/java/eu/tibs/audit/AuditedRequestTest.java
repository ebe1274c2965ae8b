package eu.tibs.audit;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class AuditedRequestTest {
    private static final UUID COMPANY = UUID.fromString("0b7c1d2e-0000-4000-8000-000000000001");
    private static final UUID CASE = UUID.fromString("5f6a7b8c-0000-4000-8000-000000000002");

    @Test
    void readingACompanyIsARead() {
        assertThat(AuditedRequest.of("GET", "/api/companies/" + COMPANY, null, null))
                .contains(new AuditedRequest(AuditAction.READ, SubjectType.COMPANY, COMPANY));
    }

    @Test
    void changingAProfileIsAnUpdateOfTheProfile() {
        assertThat(AuditedRequest.of("PUT", "/api/companies/" + COMPANY + "/profile", null, null))
                .contains(new AuditedRequest(AuditAction.UPDATE, SubjectType.PROFILE, COMPANY));
    }

    @Test
    void aCreationIsRecordedForWhatTheLocationHeaderPointsTo() {
        assertThat(AuditedRequest.of("POST", "/api/companies/" + COMPANY + "/cases", "/api/cases/" + CASE, null))
                .contains(new AuditedRequest(AuditAction.CREATE, SubjectType.CASE, CASE));
        assertThat(AuditedRequest.of("POST", "/api/companies", "http://localhost:8080/api/companies/" + COMPANY, null))
                .contains(new AuditedRequest(AuditAction.CREATE, SubjectType.COMPANY, COMPANY));
    }

    @Test
    void aRefusedCreationIsRecordedForThePathsSubject() {
        assertThat(AuditedRequest.of("POST", "/api/companies/" + COMPANY + "/cases", null, null))
                .contains(new AuditedRequest(AuditAction.CREATE, SubjectType.COMPANY, COMPANY));
    }

    @Test
    void aNestedResourceOfACaseIsAboutTheCase() {
        assertThat(AuditedRequest.of("DELETE", "/api/cases/" + CASE + "/proposals/7", null, null))
                .contains(new AuditedRequest(AuditAction.DELETE, SubjectType.CASE, CASE));
    }

    @Test
    void aMarkedEndpointRecordsItsOwnAction() {
        assertThat(AuditedRequest.of("GET", "/api/companies/" + COMPANY + "/export", null, AuditAction.EXPORT))
                .contains(new AuditedRequest(AuditAction.EXPORT, SubjectType.COMPANY, COMPANY));
        assertThat(AuditedRequest.of("POST", "/api/companies/" + COMPANY + "/erasure", null, AuditAction.ERASE))
                .contains(new AuditedRequest(AuditAction.ERASE, SubjectType.COMPANY, COMPANY));
    }

    @Test
    void requestsThatNameNoCompanyOrCaseAreNotRecorded() {
        assertThat(AuditedRequest.of("GET", "/api/companies", null, null)).isEmpty();
        assertThat(AuditedRequest.of("GET", "/api/companies/not-an-id", null, null)).isEmpty();
        assertThat(AuditedRequest.of("GET", "/api/reference/regions", null, null)).isEmpty();
        assertThat(AuditedRequest.of("OPTIONS", "/api/companies/" + COMPANY, null, null)).isEmpty();
    }

    @Test
    void theUserIsTheLoginNameOrAnonymous() {
        var broker = UsernamePasswordAuthenticationToken.authenticated("anna.kowalska", null,
                List.of(new SimpleGrantedAuthority("ROLE_BROKER")));
        var anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")));
        assertThat(AuditInterceptor.userId(broker)).isEqualTo("anna.kowalska");
        assertThat(AuditInterceptor.userId(anonymous)).isEqualTo("anonymous");
        assertThat(AuditInterceptor.userId(null)).isEqualTo("anonymous");
        assertThat(AuditInterceptor.userId(UsernamePasswordAuthenticationToken.unauthenticated("mallory", "x")))
                .isEqualTo("anonymous");
    }
}
