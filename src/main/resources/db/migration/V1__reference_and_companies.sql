-- Reference data (code lists). Rows are loaded from the CSV files under /reference by the
-- repeatable ReferenceDataMigration, so a region added to regions.csv needs no code.
create table region (
    code                varchar(32)  primary key,
    name                varchar(120) not null,
    country             varchar(2)   not null,
    nuts_code           varchar(10)  not null,
    nuts_level          integer     not null,
    language            varchar(8)   not null,
    broker_organisation varchar(200) not null
);

create table s3_domain (
    code        varchar(32)   primary key,
    name        varchar(120)  not null,
    description varchar(1000) not null
);

create table region_s3_domain (
    region_code varchar(32) not null references region (code),
    domain_code varchar(32) not null references s3_domain (code),
    primary key (region_code, domain_code)
);

create table nace_activity (
    code        varchar(8)    primary key,
    level       integer      not null,
    parent_code varchar(8),
    title       varchar(300)  not null,
    includes    varchar(8000),
    excludes    varchar(4000)
);

create table value_chain_component (
    code        varchar(32)   primary key,
    name        varchar(120)  not null,
    kind        varchar(16)   not null,
    description varchar(1000) not null
);

create table cooperation_type (
    code        varchar(32)   primary key,
    name        varchar(120)  not null,
    description varchar(1000) not null
);

-- Companies and their people. Only the home region's brokers edit a company.
create table company (
    id           uuid         primary key,
    legal_name   varchar(200) not null,
    registry_id  varchar(40)  not null,
    country      varchar(2)   not null,
    region_code  varchar(32)  not null references region (code),
    size_class   varchar(16)  not null,
    organisation_type varchar(24) not null,
    year_founded integer     not null,
    website      varchar(300),
    created_at   timestamp    not null,
    updated_at   timestamp    not null,
    version      bigint       not null,
    constraint uk_company_registry unique (country, registry_id)
);
create index ix_company_region on company (region_code);

create table company_nace (
    company_id uuid       not null references company (id) on delete cascade,
    nace_code  varchar(8) not null references nace_activity (code),
    primary key (company_id, nace_code)
);

create table company_language (
    company_id uuid       not null references company (id) on delete cascade,
    language   varchar(8) not null,
    primary key (company_id, language)
);

create table contact_person (
    id         uuid         primary key,
    company_id uuid         not null references company (id) on delete cascade,
    full_name  varchar(200) not null,
    email      varchar(254) not null,
    phone      varchar(40),
    job_title  varchar(120)
);
create index ix_contact_company on contact_person (company_id);

create table consent (
    id           uuid         primary key,
    contact_id   uuid         not null references contact_person (id) on delete cascade,
    purpose      varchar(64)  not null,
    text_version varchar(32)  not null,
    given_at     timestamp    not null
);
create index ix_consent_contact on consent (contact_id);

-- The cooperation profile: what a company needs and offers along its value chain.
create table cooperation_profile (
    company_id uuid      primary key references company (id) on delete cascade,
    readiness  integer,
    updated_at timestamp not null,
    version    bigint    not null
);

create table profile_component (
    company_id      uuid          not null references cooperation_profile (company_id) on delete cascade,
    component_code  varchar(32)   not null references value_chain_component (code),
    state           integer,
    need_keywords   varchar(1000),
    need_text       varchar(2000),
    offer_keywords  varchar(1000),
    offer_text      varchar(2000),
    primary key (company_id, component_code)
);

create table profile_s3_domain (
    company_id  uuid        not null references cooperation_profile (company_id) on delete cascade,
    domain_code varchar(32) not null references s3_domain (code),
    primary key (company_id, domain_code)
);

create table profile_cooperation_type (
    company_id uuid        not null references cooperation_profile (company_id) on delete cascade,
    type_code  varchar(32) not null references cooperation_type (code),
    primary key (company_id, type_code)
);

create table profile_target_country (
    company_id uuid    not null references cooperation_profile (company_id) on delete cascade,
    country    varchar(2) not null,
    primary key (company_id, country)
);

-- One company's journey from application to feedback; its id is the process business key.
create table brokerage_case (
    id           uuid        primary key,
    company_id   uuid        not null references company (id),
    home_region  varchar(32) not null references region (code),
    stage        varchar(24) not null,
    opened_at    timestamp   not null,
    updated_at   timestamp   not null,
    closed_at    timestamp,
    close_reason varchar(500),
    version      bigint      not null
);
create index ix_case_region_stage on brokerage_case (home_region, stage);
create index ix_case_company on brokerage_case (company_id);
