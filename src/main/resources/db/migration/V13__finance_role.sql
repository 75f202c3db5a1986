-- Sở Tài chính reads the training budget and targets of its province (issue 7).
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check check (role in ('MINISTRY_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER',
                                                                      'UNIT_HEAD', 'STAFF', 'PROVIDER', 'FINANCE_OFFICER'));
