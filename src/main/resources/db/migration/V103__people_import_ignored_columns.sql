-- Headers of the file that match no known column, listed by the preview: the commit needs them acknowledged.
alter table people_import add column ignored_columns varchar(2000);
