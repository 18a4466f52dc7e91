-- Drives a real Neovim session against `wirelint server` (see tests/test_server_nvim.py):
-- read vim.diagnostic.get(), apply code actions through vim.lsp.buf.code_action() (choosing
-- from the menu by overriding vim.ui.select, as a user picks an entry), hover, save, and write
-- what was seen as JSON to $WIRELINT_NVIM_OUT. Every wait polls with a timeout.
local out_path = assert(os.getenv("WIRELINT_NVIM_OUT"), "WIRELINT_NVIM_OUT not set")
local buf = vim.api.nvim_get_current_buf()
local result = { steps = {} }

local function diagnostics()
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    table.insert(out, {
      code = code, lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source,
    })
  end
  table.sort(out, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    if a.col ~= b.col then return a.col < b.col end
    return a.code < b.code
  end)
  return out
end

local function text()
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n") .. "\n"
end

local function has(code)
  for _, d in ipairs(diagnostics()) do
    if d.code == code then return d end
  end
  return nil
end

local started = vim.loop.hrtime()
result.timings = {}

local function wait(what, cond)
  if not vim.wait(20000, cond, 20) then
    error("timed out waiting for " .. what)
  end
  table.insert(result.timings, { what, (vim.loop.hrtime() - started) / 1e9 })
end

-- Pick the code action whose title contains `needle`, as a user would from the menu.
local offered = {}
local function choose(needle)
  vim.ui.select = function(items, opts, on_choice)
    offered = {}
    local chosen = nil
    for i, item in ipairs(items) do
      local title = opts.format_item and opts.format_item(item) or item[2].title
      table.insert(offered, title)
      if chosen == nil and string.find(title, needle, 1, true) then
        chosen = i
      end
    end
    if chosen then
      on_choice(items[chosen], chosen)
    else
      on_choice(nil, nil)
    end
  end
end

local function act(code, needle, context)
  local d = assert(has(code), "no " .. code .. " diagnostic")
  vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
  choose(needle)
  vim.lsp.buf.code_action(context)
end

local ok, err = pcall(function()
  wait("diagnostics", function() return has("LD101") ~= nil end)
  local client = vim.lsp.get_active_clients()[1]
  result.client = client and client.name
  result.diagnostics = diagnostics()

  act("LD101", "Replace 'boasted' with 'said'")
  wait("the quick fix", function() return has("LD101") == nil and string.find(text(), "said about", 1, true) end)
  table.insert(result.steps, { name = "quickfix", offered = offered, text = text(), diagnostics = diagnostics() })

  act("XT101", "Fix all safe", { only = { "source.fixAll" } })
  wait("fix all", function() return has("XT101") == nil and string.find(text(), "red sunrise", 1, true) end)
  table.insert(result.steps, { name = "fixall", offered = offered, text = text(), diagnostics = diagnostics() })

  act("LD102", "Suppress LD102")
  wait("the suppression", function() return has("LD102") == nil end)
  table.insert(result.steps, { name = "suppress", offered = offered, text = text(), diagnostics = diagnostics() })

  vim.api.nvim_buf_set_lines(buf, -1, -1, false, { "", "Critics boasted and refuted it." })
  wait("diagnostics of typed text", function() return has("LD102") ~= nil end)
  table.insert(result.steps, { name = "typed", text = text(), diagnostics = diagnostics() })

  local d = has("LD102")
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = d.lnum, character = d.col + 1 },
  }
  local replies = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 10000) or {}
  for _, reply in pairs(replies) do
    if reply.result then result.hover = reply.result.contents.value end
  end

  vim.cmd("silent write")
  result.saved = text()
end)

result.ok = ok
result.error = ok and vim.NIL or tostring(err)
local f = assert(io.open(out_path, "w"))
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd("qa!")
