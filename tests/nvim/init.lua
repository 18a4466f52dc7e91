-- A minimal Neovim config (works on 0.7 and later) that runs `wirelint server` for Markdown
-- and plain-text buffers. Used by tests/test_server_nvim.py; docs/editors.md has the same thing
-- for users.
--
-- WIRELINT_SERVER_CMD: the server command as a JSON array (default: ["wirelint", "server"]).
local cmd = { "wirelint", "server" }
local from_env = os.getenv("WIRELINT_SERVER_CMD")
if from_env and from_env ~= "" then
  cmd = vim.fn.json_decode(from_env)
end

vim.opt.swapfile = false
vim.opt.shadafile = "NONE"

local client_id = nil

local function attach(args)
  if client_id == nil then
    client_id = vim.lsp.start_client({
      name = "wirelint",
      cmd = cmd,
      root_dir = vim.fn.getcwd(),
    })
  end
  vim.lsp.buf_attach_client(args.buf, client_id)
end

vim.api.nvim_create_autocmd("FileType", { pattern = { "markdown", "text" }, callback = attach })
