// `samverkan serve | migrate | user create|list|reset-password | workspace create|list | backup |
// restore | import | export`: the process's entry. The commands are in program.ts; the process
// exits when their work is done, with the status they set.
import { runCommand } from './program.ts';

await runCommand(process.argv.slice(2));
