-- One key by appkey ($1).
/*:key_select*/
WHERE k.appkey = $1
