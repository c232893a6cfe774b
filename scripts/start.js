#!/usr/bin/env node
/**
 * `npm start`: the development server over plain http on localhost, for any
 * machine (no certificates, no Excel needed). Serves the workbench page with
 * the sample workbook and the task pane. Ctrl-C stops it.
 *
 *   npm start                 http://localhost:3000/workbench.html
 *   npm start -- --port 3100  another port
 *   npm start -- --open       also open the workbench in the browser
 *
 * To sideload into Excel (desktop or on the web), use `npm run start:excel`
 * (https with the Office development certificates; see README).
 */
'use strict';

const path = require('path');
const { spawn } = require('child_process');

const ROOT = path.resolve(__dirname, '..');

/** A mistake in the command line: said, then exit code 2. */
class UsageError extends Error {}

/**
 * `--port N` (or `--port=N`), `--open`, `--help`. Without --port, the
 * server's port is package.json's config.dev_server_port (3000).
 */
function parseArgs(argv) {
  const out = { port: undefined, open: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--open') out.open = true;
    else if (a === '--help' || a === '-h') out.help = true;
    else if (a === '--port') out.port = Number(argv[++i]);
    else if (a.startsWith('--port=')) out.port = Number(a.slice('--port='.length));
    else throw new UsageError(`Tham số không hợp lệ / Unknown argument: ${a}`);
  }
  if (out.port !== undefined && !(Number.isInteger(out.port) && out.port > 0 && out.port < 65536)) {
    throw new UsageError('Cổng không hợp lệ (1–65535) / Invalid port (1–65535)');
  }
  return out;
}

function banner(port) {
  const base = `http://localhost:${port}`;
  const line = '─'.repeat(68);
  return [
    '',
    line,
    '  Chỉ tiêu – máy chủ phát triển / development server',
    line,
    `  Trang thử nghiệm (sổ tính mẫu, không cần Excel):`,
    `  Workbench (sample workbook, no Excel needed):`,
    `      ${base}/workbench.html   (${base}/ leads there)`,
    '',
    `  Ngăn tác vụ (chỉ chạy trong Excel) / Task pane (runs inside Excel):`,
    `      ${base}/taskpane.html`,
    '',
    '  Để nạp phần bổ trợ vào Excel trên máy tính hoặc Excel trên web,',
    '  dừng máy chủ này rồi chạy `npm run start:excel` (xem README).',
    '  To sideload into Excel desktop or Excel on the web, stop this',
    '  server and run `npm run start:excel` (see README).',
    '',
    '  Bấm Ctrl-C để dừng. / Press Ctrl-C to stop.',
    line,
    '',
  ].join('\n');
}

function openBrowser(url) {
  const platform = process.platform;
  if (platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('Không có màn hình; hãy tự mở địa chỉ trên. / No display; open the URL yourself.');
    return;
  }
  const cmd = platform === 'darwin' ? 'open' : platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = platform === 'win32' ? ['/c', 'start', '""', url] : [url];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    /* not fatal */
  }
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(err.message);
    process.exit(2);
  }
  if (args.help) {
    console.log('npm start [-- --port N] [-- --open]\n' + '  Máy chủ phát triển http trên localhost / http development server on localhost');
    return;
  }

  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const makeConfig = require(path.join(ROOT, 'webpack.config.js'));

  const config = await makeConfig({}, { mode: 'development' });
  const port = args.port || config.devServer.port;
  const devServerOptions = {
    ...config.devServer,
    port,
    server: 'http',
    open: false,
    setupExitSignals: false,
  };
  delete config.devServer;

  const compiler = webpack(config);
  let announced = false;
  compiler.hooks.done.tap('chitieu-start', (stats) => {
    // After webpack's own output, so the addresses are the last thing shown.
    setImmediate(() => {
      if (!announced) {
        announced = true;
        console.log(banner(port));
        if (args.open) openBrowser(`http://localhost:${port}/workbench.html`);
      }
      if (stats.hasErrors()) {
        console.error(
          'Biên dịch có lỗi (xem ở trên); trang sẽ tự tải lại khi sửa xong.\n' + 'The build has errors (see above); the page reloads once they are fixed.\n'
        );
      }
    });
  });

  const server = new WebpackDevServer(devServerOptions, compiler);

  let stopping = false;
  const stop = (signal) => {
    if (stopping) {
      process.exit(130);
    }
    stopping = true;
    console.log(`\nĐang dừng… / Stopping… (${signal})`);
    server
      .stop()
      .catch(() => {})
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  try {
    await server.start();
  } catch (err) {
    if (err && err.code === 'EADDRINUSE') {
      console.error(
        `Cổng ${port} đang được dùng. Dừng chương trình đang dùng nó, hoặc chạy: npm start -- --port 3100\n` +
          `Port ${port} is in use. Stop whatever uses it, or run: npm start -- --port 3100`
      );
    } else {
      console.error('Không khởi động được máy chủ / Could not start the server:', err);
    }
    process.exit(1);
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

module.exports = { parseArgs, banner, UsageError };
