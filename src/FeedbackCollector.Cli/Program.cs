// The local executable's entry point: serve, demo, doctor (see the local runtime issue).
Console.Error.WriteLine("usage: feedback-collector serve|demo|doctor");
return 2;
