-- VIEW|NAME|definition: USER_VIEWS.TEXT, the view's query (a LONG: selected alone, read whole by the driver;
-- TEXT_VC would cut it at 4000 characters)
select 'VIEW', view_name, text
  from user_views
