using System.Text;
using Sakip.Cli;

Console.OutputEncoding = Encoding.UTF8;
return await SakipCli.RunAsync(args, Console.Out, Console.Error);
