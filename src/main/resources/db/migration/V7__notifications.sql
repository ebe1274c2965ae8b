-- The notification outbox: a message is written here in the transaction of the step that causes it, and sent by a
-- dispatcher afterwards. A row is claimed for a while (claimed_by/claimed_until) so that two nodes never send it at
-- the same time; message_id is the Message-ID of every attempt, so a receiver can recognise a repeat.
create table notification (
    id                 uuid          primary key,
    kind               varchar(40)   not null,
    recipient          varchar(320)  not null,
    language           varchar(8)    not null,
    subject            varchar(500)  not null,
    body               varchar(8000) not null,
    message_id         varchar(200)  not null unique,
    case_id            uuid,
    company_id         uuid,
    partner_company_id uuid,
    status             varchar(16)   not null,
    attempts           integer       not null,
    next_attempt_at    timestamp     not null,
    last_error         varchar(1000),
    claimed_by         varchar(100),
    claimed_until      timestamp,
    created_at         timestamp     not null,
    sent_at            timestamp
);
create index ix_notification_due on notification (status, next_attempt_at);
create index ix_notification_company on notification (company_id);
create index ix_notification_partner on notification (partner_company_id);
