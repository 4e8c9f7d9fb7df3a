// The AOT bootstrap's entry point: the runtime loop lands here (see the AWS runtime issue).
return 0;
