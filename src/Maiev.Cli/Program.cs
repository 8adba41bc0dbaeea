// The maiev console. Commands arrive with issue 9.
Console.Error.WriteLine("usage: maiev <command> (no commands yet)");
return 2;
