-- Requests to the public intake per client address and hour, shared by all nodes.
create table public_request_window (
    client       varchar(64) not null,
    window_start timestamp   not null,
    requests     integer     not null,
    primary key (client, window_start)
);
