-- The brokerage lifecycle: what the intake, needs analysis, proposal, pilot and feedback forms capture.
-- Portable between H2 and PostgreSQL; free texts are bounded varchars.

-- Questions a home broker asked an applicant during intake review, with the company's answers.
create table information_request (
    id          uuid          primary key,
    case_id     uuid          not null references brokerage_case (id),
    question    varchar(1000),
    asked_by    varchar(100)  not null,
    asked_at    timestamp     not null,
    answer      varchar(2000),
    answered_by varchar(100),
    answered_at timestamp
);
create index ix_information_request_case on information_request (case_id);

-- Who assessed a company's needs (the profile itself is in cooperation_profile) and the four-eyes check.
create table needs_assessment (
    id            uuid         primary key,
    case_id       uuid         not null references brokerage_case (id),
    assessed_by   varchar(100) not null,
    assessed_at   timestamp    not null,
    four_eyes     boolean      not null,
    checked_by    varchar(100),
    checked_at    timestamp,
    approved      boolean,
    check_comment varchar(1000)
);
create index ix_needs_assessment_case on needs_assessment (case_id);

-- Candidates of a case from shortlist to double opt-in. Scores are 0-100.
create table proposal (
    id                   uuid          primary key,
    case_id              uuid          not null references brokerage_case (id),
    home_company_id      uuid          not null references company (id),
    candidate_company_id uuid          not null references company (id),
    candidate_region     varchar(32)   not null references region (code),
    shortlist_rank       integer       not null,
    score                integer       not null,
    explanation          varchar(1000) not null,
    status               varchar(24)   not null,
    shortlisted_at       timestamp     not null,
    picked_by            varchar(100),
    sent_at              timestamp,
    reminded_at          timestamp,
    escalated_at         timestamp,
    answered_at          timestamp,
    declined_by          varchar(24),
    decline_reason       varchar(32),
    decline_note         varchar(1000),
    version              bigint        not null
);
create index ix_proposal_case on proposal (case_id, status);
create index ix_proposal_home on proposal (home_company_id);
create index ix_proposal_candidate on proposal (candidate_company_id);

-- The introduction meeting and pilot of a matched pair.
create table pilot (
    id               uuid          primary key,
    case_id          uuid          not null references brokerage_case (id),
    meeting_date     date          not null,
    meeting_mode     varchar(16)   not null,
    participants     varchar(500)  not null,
    objective        varchar(1000),
    success_criteria varchar(1000),
    planned_end      date,
    outcome          varchar(16),
    abandon_reason   varchar(1000),
    ended_at         timestamp
);
create index ix_pilot_case on pilot (case_id);

create table pilot_action (
    pilot_id    uuid         not null references pilot (id) on delete cascade,
    position    integer      not null,
    description varchar(500) not null,
    due_date    date         not null,
    primary key (pilot_id, position)
);

create table pilot_check_in (
    id          uuid          primary key,
    pilot_id    uuid          not null references pilot (id) on delete cascade,
    checked_at  timestamp     not null,
    progress    varchar(16)   not null,
    note        varchar(1000),
    recorded_by varchar(100)  not null
);
create index ix_check_in_pilot on pilot_check_in (pilot_id);

-- Ratings and outcomes right after the pilot (months_after 0) and at the follow-ups (3, 6, 12).
create table feedback (
    id                 uuid          primary key,
    case_id            uuid          not null references brokerage_case (id),
    respondent         varchar(24)   not null,
    months_after       integer       not null,
    service_rating     integer,
    partnership_rating integer,
    outcome            varchar(32)   not null,
    agreement_type     varchar(32)   references cooperation_type (code),
    comment            varchar(1000),
    recorded_by        varchar(100)  not null,
    given_at           timestamp     not null
);
create index ix_feedback_case on feedback (case_id);
